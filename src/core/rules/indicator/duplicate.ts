import type { Indicator } from '../../model';
import type { Issue, TableRule } from '../../rule';
import { compactKey } from '../../text';
import { rowName } from './levels';

export const duplicate: TableRule = {
  id: 'indicator/duplicate',
  defaultSeverity: 'warning',
  scope: 'table',
  title: '同一张表中三级指标重名',
  description:
    '同一张绩效目标表里两个三级指标同名（忽略空格和标点），要么是重复填写，要么名称不足以区分两个指标。' +
    '指向后出现的那个三级指标名称。修改方法：合并重复的指标，或把名称改得能够区分（写明对象、范围）。',
  check(table) {
    const issues: Issue[] = [];
    const first = new Map<string, Indicator>();
    for (const ind of table.indicators) {
      if (!ind.name) continue;
      const key = compactKey(ind.name.text);
      if (!key) continue;
      const earlier = first.get(key);
      if (!earlier) {
        first.set(key, ind);
        continue;
      }
      issues.push({
        cell: ind.name.cell,
        message: `三级指标「${ind.name.text.trim()}」与${rowName(earlier.row)}的「${earlier.name!.text.trim()}」重名。请合并为一项，或改用能够区分的名称。`,
      });
    }
    return issues;
  },
};
