import type { Issue, TableRule } from '../../rule';

export const nameTooLong: TableRule = {
  id: 'indicator/name-too-long',
  defaultSeverity: 'warning',
  scope: 'table',
  title: '三级指标名称过长',
  description:
    '预算管理一体化系统要求三级指标名称不超过 40 个字（可在配置 maxNameLength 中调整），过长的名称保存时会被拒绝，' +
    '也往往把指标值或说明写进了名称。指向该三级指标名称。修改方法：精简名称，把说明性文字移到指标值说明或绩效目标中。',
  check(table, ctx) {
    const issues: Issue[] = [];
    const max = ctx.profile.maxNameLength ?? 40;
    for (const ind of table.indicators) {
      if (!ind.name) continue;
      const text = ind.name.text.trim();
      // Characters are counted as code points: never more than the UTF-16 length, so most names need no count.
      if (text.length <= max) continue;
      const length = [...text].length;
      if (length <= max) continue;
      issues.push({
        cell: ind.name.cell,
        message: `三级指标名称有 ${length} 个字，超过 ${max} 个字的上限（系统保存时会拒绝）。请精简到 ${max} 个字以内。`,
      });
    }
    return issues;
  },
};
