import { buildTable, parseSeedProjects } from '../../../../test/support/table-builder';
import { DEFAULT_PROFILE } from '../../profile';
import type { TableRule } from '../../rule';
import { unparseable } from './unparseable';
import { valueRules } from '.';

const ctx = { profile: DEFAULT_PROFILE };

function table(text: string) {
  const t = buildTable({ indicators: [['产出指标', '数量指标', '管网建设', text]] });
  t.indicators[0].value.parsed = { kind: 'unparseable', text };
  return t;
}

describe('value/unparseable', () => {
  it('is silent on the seed tables', () => {
    for (const p of parseSeedProjects()) expect(unparseable.check(buildTable(p.spec), ctx)).toEqual([]);
  });

  it('reports an unparseable value at the value cell, naming it', () => {
    const issues = unparseable.check(table('≥95%≥90%'), ctx);
    expect(issues).toEqual([{ cell: { row: 10, col: 4 }, message: expect.stringContaining('「管网建设」的指标值「≥95%≥90%」无法识别') }]);
  });

  it('reads an operator with a unit but no number as unparseable, whatever the parser made of it', () => {
    for (const text of ['≥米', '≤万元', '≥ %']) {
      const t = buildTable({ indicators: [['产出指标', '数量指标', '管网建设', text]] });
      t.indicators[0].value.parsed = { kind: 'qualitative', text };
      expect(unparseable.check(t, ctx)).toHaveLength(1);
    }
    const fine = buildTable({ indicators: [['效益指标', '社会效益指标', '服务水平', '≥上年水平']] });
    fine.indicators[0].value.parsed = { kind: 'qualitative', text: '≥上年水平' };
    expect(unparseable.check(fine, ctx)).toEqual([]);
  });

  it('an unparseable value gets only value/unparseable among the value rules', () => {
    const t = table('#REF!');
    const ids = (valueRules as TableRule[]).filter((r) => r.check(t, ctx).length).map((r) => r.id);
    expect(ids).toEqual(['value/unparseable']);
  });

  it('is silent on quantities, dates and qualitative values', () => {
    const t = buildTable({
      indicators: [
        ['产出指标', '数量指标', '管网建设', '≥15826 米'],
        ['产出指标', '时效指标', '完工时间', '2024年12月31日'],
        ['效益指标', '社会效益指标', '供水安全', '明显提高'],
      ],
    });
    t.indicators[1].value.parsed = { kind: 'date', text: '2024年12月31日', operator: '<=', year: 2024, month: 12, day: 31 };
    expect(unparseable.check(t, ctx)).toEqual([]);
  });
});
