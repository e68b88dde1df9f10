import { percentDecimals, percentText, shownNumber } from './numfmt';

describe('number formats', () => {
  it.each([
    ['0%', 0],
    ['0.00%', 2],
    ['0.0%;[Red]-0.0%', 1],
    ['Percent', 2],
    ['#,##0.00', null],
    ['"%"0', null],
    ['General', null],
    [undefined, null],
  ])('%s shows %s decimals of a percentage', (format, decimals) => {
    expect(percentDecimals(format)).toBe(decimals);
  });

  it('shows a number through its percentage format as Excel does', () => {
    expect(percentText(0.95, 0)).toBe('95%');
    expect(percentText(0.955, 1)).toBe('95.5%');
    expect(percentText(1, 2)).toBe('100.00%');
    expect(shownNumber(0.9, '0%')).toBe('90%');
    expect(shownNumber(1000, '#,##0.00')).toBe(1000);
  });
});
