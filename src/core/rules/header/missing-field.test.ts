import { buildTable, parseSeedProjects } from '../../../../test/support/table-builder';
import { DEFAULT_PROFILE } from '../../profile';
import { missingField } from './missing-field';

const ctx = { profile: DEFAULT_PROFILE };
const rows: Array<[string, string, string, string]> = [['产出指标', '数量指标', '管网建设', '≥15826 米']];

describe('header/missing-field', () => {
  it('is silent on a complete header', () => {
    expect(missingField.check(buildTable({ indicators: rows }), ctx)).toEqual([]);
  });

  it('is silent on all 15 seed tables', () => {
    for (const p of parseSeedProjects()) expect(missingField.check(buildTable(p.spec), ctx)).toEqual([]);
  });

  it('reports an empty 项目名称 at its value cell', () => {
    const t = buildTable({ name: '', indicators: rows });
    const issues = missingField.check(t, ctx);
    expect(issues).toHaveLength(1);
    expect(issues[0].cell).toEqual(t.projectName!.cell);
    expect(issues[0].message).toContain('项目名称');
    expect(issues[0].severity).toBeUndefined();
  });

  it('reports an absent label at the table anchor', () => {
    const t = buildTable({ department: null, indicators: rows });
    t.anchor = { row: 0, col: 1 };
    const issues = missingField.check(t, ctx);
    expect(issues).toHaveLength(1);
    expect(issues[0].cell).toEqual({ row: 0, col: 1 });
    expect(issues[0].message).toContain('主管部门');
  });

  it('reports each of the five required fields', () => {
    const t = buildTable({ name: '  ', department: '', unit: null, total: '', goal: null, indicators: rows });
    const msgs = missingField.check(t, ctx).map((i) => i.message);
    for (const label of ['项目名称', '主管部门', '实施单位', '年度预算资金总额', '年度总体绩效目标']) {
      expect(msgs.some((m) => m.includes(`「${label}」`))).toBe(true);
    }
    expect(msgs).toHaveLength(5);
  });

  it('reports a missing total whose label is absent', () => {
    const t = buildTable({ total: null, indicators: rows });
    const issues = missingField.check(t, ctx);
    expect(issues.map((i) => i.message)).toEqual([expect.stringContaining('年度预算资金总额')]);
    expect(issues[0].cell).toEqual(t.anchor);
  });

  it('reports a missing 项目类别 as a warning', () => {
    for (const category of [null, '']) {
      const issues = missingField.check(buildTable({ category, indicators: rows }), ctx);
      expect(issues).toHaveLength(1);
      expect(issues[0].severity).toBe('warning');
      expect(issues[0].message).toContain('项目类别');
    }
  });

  it('treats a placeholder as not filled in, but not in the total (funds/not-a-number has it)', () => {
    const t = buildTable({ unit: '待定', goal: '/', total: '待定', indicators: rows });
    const issues = missingField.check(t, ctx);
    expect(issues.map((i) => i.cell)).toEqual([t.implementingUnit!.cell, t.goal!.cell]);
    expect(issues[0].message).toContain('「待定」');
  });

  it('does not take a real value containing a dash for a placeholder', () => {
    const t = buildTable({ name: '80-89 周岁高龄津贴', total: 0, indicators: rows });
    expect(missingField.check(t, ctx)).toEqual([]);
  });
});
