/** The Chinese notices of the WPS gateway: what this WPS cannot do and what the user gets instead. */

export const NO_APPLICATION =
  '无法访问 WPS 表格的对象模型（window.Application）：请在 WPS 表格中通过“开始 → 绩效目标 → 打开助手”打开此页面。';
export const NO_WORKBOOK = '没有打开的工作簿：请先在 WPS 表格中打开要检查的工作簿，再点击“检查工作簿”。';
export const SESSION_STORAGE =
  '此版本 WPS 不支持在工作簿中保存自定义 XML 部件，标记记录只保存在本次运行的 WPS 中：清除标记前请不要关闭工作簿或 WPS。';
export const NOTES_FAILED = '部分单元格无法写入批注（可能工作表受保护），本次只用颜色标记；问题说明请见任务窗格。';
export const MERGES_FAILED = '此版本 WPS 无法读取合并单元格，表格识别可能不完整。';
export const LIVE_UNSUPPORTED = '此版本 WPS 不支持单元格修改事件（ApiEvent），实时检查无法开启：修改后请手动点击“重新检查”。';

export function sheetNotFound(name: string): string {
  return `找不到工作表“${name}”，它可能已被重命名或删除。`;
}
