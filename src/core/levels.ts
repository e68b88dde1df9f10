/**
 * The 一级 and 二级 indicator names of the frameworks, as plain constants (no zod), so the checker's
 * run-time path does not load the schema library; model.ts builds its enums from them.
 */
export const LEVEL1 = ['成本指标', '产出指标', '效益指标', '满意度指标'] as const;

export const LEVEL2 = [
  '经济成本指标',
  '社会成本指标',
  '生态环境成本指标',
  '数量指标',
  '质量指标',
  '时效指标',
  '成本指标',
  '经济效益指标',
  '社会效益指标',
  '生态效益指标',
  '可持续影响指标',
  '服务对象满意度指标',
] as const;
