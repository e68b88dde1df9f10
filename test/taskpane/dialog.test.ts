/**
 * @jest-environment jsdom
 */
import { parseOutcome, renderOutcome } from '../../src/commands/dialog';
import { dialogUrl } from '../../src/commands/notify';

describe('the outcome dialog page', () => {
  it('shows the summary and notices of the fragment and closes on 关闭', () => {
    const url = new URL(dialogUrl('https://x/dialog.html', { command: 'clearMarks', at: '', ok: true, summary: '已清除 52 个单元格的标记，原来的填充颜色和批注已恢复', notices: ['提示一'] }));
    const outcome = parseOutcome(url.hash);
    let closed = 0;
    renderOutcome(document, outcome, () => closed++);
    expect(document.querySelector('h1')?.textContent).toBe('清除标记');
    expect(document.body.textContent).toContain('已清除 52 个单元格的标记');
    expect(document.querySelector('li')?.textContent).toBe('提示一');
    (document.querySelector('button') as HTMLButtonElement).click();
    expect(closed).toBe(1);
  });

  it('says so in words when the fragment is missing or broken', () => {
    expect(parseOutcome('#%7Bbroken')).toBeNull();
    renderOutcome(document, null, () => undefined);
    expect(document.body.textContent).toContain('没有可显示的结果');
    expect(document.querySelector('button')?.textContent).toBe('关闭');
  });
});
