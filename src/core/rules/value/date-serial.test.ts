import { buildTable, parseSeedProjects } from '../../../../test/support/table-builder';
import { checkWorkbook } from '../../check';
import type { CellValue } from '../../grid';
import { DEFAULT_PROFILE } from '../../profile';
import { dateSerial } from './date-serial';
import { missingUnit } from './missing-unit';

const ctx = { profile: DEFAULT_PROFILE };
const one = (level2: string, name: string, value: string) => buildTable({ indicators: [['产出指标', level2, name, value]] });

describe('value/date-serial', () => {
  it('names the date a time indicator’s serial stands for, and missing-unit stays silent', () => {
    const t = one('时效指标', '项目完工时间', '44561');
    const issues = dateSerial.check(t, ctx);
    expect(issues).toHaveLength(1);
    expect(issues[0].message).toContain('「44561」是 Excel 日期的序列号（即 2021年12月31日）');
    expect(issues[0].cell).toEqual(t.indicators[0].value.cell);
    expect(missingUnit.check(t, ctx)).toEqual([]);
  });
  it('knows a time name outside the 时效 block (资金到位时间 under 质量指标)', () => {
    expect(dateSerial.check(one('质量指标', '资金到位时间', '45291'), ctx)[0]?.message).toContain('2023年12月31日');
  });
  it('leaves counts, amounts and years alone', () => {
    for (const [l2, name, value] of [
      ['数量指标', '受益人数', '45000'],
      ['时效指标', '项目完成时间', '2024'],
      ['时效指标', '服务天数', '45000天'],
      ['成本指标', '项目总成本', '45000'],
    ]) expect(dateSerial.check(one(l2, name, value), ctx)).toEqual([]);
  });
  it('is silent on the seed tables', () => {
    for (const p of parseSeedProjects()) expect(dateSerial.check(buildTable(p.spec), ctx)).toEqual([]);
  });
  it('reads a split layout whose 计量单位 holds the same serial (目标值 44561 | 计量单位 44561)', () => {
    const rows: CellValue[][] = [
      ['项目名称', '再生资源回收'],
      ['一级指标', '二级指标', '三级指标', '指标方向', '目标值', '计量单位'],
      ['产出指标', '时效指标', '工作计划按时完成时间', '=', 44561, 44561],
      [null, '数量指标', '回收站点', '=', 8, '个'],
    ];
    const findings = checkWorkbook([{ name: '表', rows }], { profile: DEFAULT_PROFILE }).sheets[0].findings;
    expect(findings.filter((f) => f.rule === 'value/date-serial').map((f) => f.cell)).toEqual(['E3']);
  });
});
