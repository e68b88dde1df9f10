import { defaultBudgetYear } from './year';

describe('defaultBudgetYear', () => {
  it('is this year in the first half, next year from July (tables are drafted with next year’s budget)', () => {
    expect(defaultBudgetYear(new Date(2026, 0, 15))).toBe(2026);
    expect(defaultBudgetYear(new Date(2026, 5, 30))).toBe(2026);
    expect(defaultBudgetYear(new Date(2026, 6, 1))).toBe(2027);
    expect(defaultBudgetYear(new Date(2026, 10, 26))).toBe(2027);
  });
});
