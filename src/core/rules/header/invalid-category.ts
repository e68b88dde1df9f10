import type { Issue, TableRule } from '../../rule';
import { isKnownCategory } from '../../framework';
import { normalizeText } from '../../text';
import { isPlaceholderField } from './missing-field';

export const invalidCategory: TableRule = {
  id: 'header/invalid-category',
  defaultSeverity: 'warning',
  scope: 'table',
  title: '项目类别不是规定的类别',
  description:
    '项目类别只能是人员类、运转类（含公用经费、其他运转类）或特定目标类（可带“项目”二字，可在括号或横线后注明细类，' +
    '如“运转类（公用经费）”；勾选式的“人员类□ 运转类☑”按勾选的一项），' +
    '预算管理一体化系统按类别归口审核。填了其他写法（如“专项类”“基建”）时提示。' +
    '修改方法：按预算申报时的项目类别改为上述名称之一。未填写的项目类别由 header/missing-field 报告。',
  check(table) {
    const issues: Issue[] = [];
    const c = table.category;
    if (!c) return issues;
    const text = normalizeText(c.text ?? '').trim();
    if (!text || isPlaceholderField(text)) return issues;
    if (!isKnownCategory(text)) {
      issues.push({
        cell: c.cell,
        message: `项目类别「${text}」不是规定的类别。请改为人员类、运转类（公用经费、其他运转类）或特定目标类。`,
      });
    }
    return issues;
  },
};
