import { buildTable, parseSeedProjects } from '../../../../test/support/table-builder';
import { DEFAULT_PROFILE, ProfileSchema } from '../../profile';
import { nameTooLong } from './name-too-long';

const ctx = { profile: DEFAULT_PROFILE };
const name40 = '提高'.repeat(20);
const name41 = `${name40}率`;

describe('indicator/name-too-long', () => {
  it('is silent on the seed tables and at exactly 40 characters', () => {
    for (const p of parseSeedProjects()) expect(nameTooLong.check(buildTable(p.spec), ctx)).toEqual([]);
    expect(nameTooLong.check(buildTable({ indicators: [['产出指标', '质量指标', name40, '=100%']] }), ctx)).toEqual([]);
  });

  it('reports 41 characters at the name cell', () => {
    const issues = nameTooLong.check(buildTable({ indicators: [['产出指标', '质量指标', name41, '=100%']] }), ctx);
    expect(issues).toHaveLength(1);
    expect(issues[0].cell).toEqual({ row: 10, col: 3 });
    expect(issues[0].message).toContain('41 个字');
  });

  it('follows profile.maxNameLength', () => {
    const profile = ProfileSchema.parse({ maxNameLength: 10 });
    const issues = nameTooLong.check(buildTable({ indicators: [['产出指标', '质量指标', '道路保洁、绿化养护设施维护达标率', '=100%']] }), { profile });
    expect(issues).toHaveLength(1);
    expect(issues[0].message).toContain('超过 10 个字');
  });
});
