/**
 * The year a new table is for. Budget units draft their 绩效目标表 with next year's budget, from mid-year
 * on (the 一上 submission): from July a new template is for the following year; before, for this one.
 */
export function defaultBudgetYear(now: Date = new Date()): number {
  return now.getMonth() >= 6 ? now.getFullYear() + 1 : now.getFullYear();
}
