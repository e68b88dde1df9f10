/**
 * The Chinese notices every host says the same way. Host-specific ones (what this Excel or this WPS lacks)
 * live in src/excel/notices.ts and src/wps/notices.ts.
 */

export function keptUserChanges(n: number): string {
  return `${n} 个单元格的标记在检查后被手动修改过，已保留修改后的填充或批注。`;
}

/** A finding on a hidden sheet: Excel and WPS cannot activate or select a cell there. */
export function sheetHidden(name: string): string {
  return `工作表“${name}”已隐藏，无法跳转到该单元格：请右键任一工作表标签 → 取消隐藏，选择“${name}”后再点此问题。`;
}

export function liveCheckFailed(detail: string): string {
  return `实时检查未能开启（${detail}）：修改后请手动点击“重新检查”。`;
}
