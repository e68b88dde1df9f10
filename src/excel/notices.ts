/**
 * The Chinese sentences the gateway hands to the task pane (CheckOutcome.notices) and the ribbon
 * commands: what this Excel cannot do and what the user gets instead. Notices every host shares are in
 * src/host/notices.ts.
 */
import type { Capabilities } from '../host/contract';

/** ExcelApi 1.7 is Office 2019 or Microsoft 365 (Excel 2016 has ExcelApi 1.1 only): ./support.ts. */
export const EXCEL_TOO_OLD = '此版本的 Excel 过旧：绩效目标表助手需要 ExcelApi 1.7，即 Microsoft 365、Office 2019 及以上版本或 Excel 网页版；Excel 2016 不能使用。';
export const NOTES_UNSUPPORTED = '此版本 Excel 不支持批注，问题说明请见任务窗格。';
export const MERGES_UNSUPPORTED = '此版本 Excel 无法读取合并单元格，表格识别可能不完整；建议使用 Microsoft 365 或 Excel 网页版。';
export const SETTINGS_STORAGE = '此版本 Excel 不支持自定义 XML 部件，标记记录保存在文档设置中：请保存工作簿，以便重新打开后仍能清除标记。';
export const OLD_FILLS = '此版本 Excel 较旧（低于 ExcelApi 1.9）：标记逐个单元格写入，清除时只恢复原有填充的颜色，不恢复图案。';
export const NOTES_FAILED = '部分单元格无法写入批注（可能已有新式批注），本次只用颜色标记；问题说明请见任务窗格。';
export const NOTES_LEFT = '此版本 Excel 不支持批注，之前写入的批注无法移除，请在支持批注的 Excel 中清除标记。';
export const SETTINGS_SAVE_FAILED = '标记记录未能保存到文档设置中：清除标记前请不要关闭工作簿。';

/** Excel counted more merged areas on these sheets than it described (src/excel/read-merges.ts). */
export function mergesIncomplete(sheets: readonly string[]): string {
  const names = sheets.slice(0, 3).map((n) => `“${n}”`).join('、') + (sheets.length > 3 ? ` 等 ${sheets.length} 张工作表` : '');
  return `Excel 没有完整返回${names}的合并单元格，一级/二级指标的识别可能不完整；请核对这些表的检查结果。`;
}

export function chunkedRead(batches: number): string {
  return `工作簿较大，超过 Excel 单次传送的上限，已分 ${batches} 次读取。`;
}

/** What the pane can say before any check: what this Excel lacks. */
export function capabilityNotices(caps: Capabilities): string[] {
  if (!caps.excelApi17) return [EXCEL_TOO_OLD];
  const out: string[] = [];
  if (!caps.notes) out.push(NOTES_UNSUPPORTED);
  if (!caps.rangeAreas) out.push(OLD_FILLS);
  if (caps.storage === 'settings') out.push(SETTINGS_STORAGE);
  return out;
}
