import type { CellValue, Grid } from '../grid';
import { isTemplateOrdinal } from './labels';
import { readTargetTable } from './target';
import { SheetView } from './view';

const table = (rows: CellValue[][]) => readTargetTable(new SheetView({ name: '表', rows } as Grid));

describe('indicator rows: the template numbering "指标1 / 指标2" of the national forms', () => {
  it.each(['指标1', '指标2', '指标 3', '指标一', '指标2：'])('%s is the template numbering', (t) => {
    expect(isTemplateOrdinal(t)).toBe(true);
  });
  it.each(['指标1工程完工率', '工程指标2', '指标', '指标值'])('%s is not', (t) => {
    expect(isTemplateOrdinal(t)).toBe(false);
  });

  const rows: CellValue[][] = [
    ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'],
    ['产出指标', '数量指标', '指标1工程资金金额', 43.2, 37.24, 10, 9],
    [null, null, '指标2', null, null, null, null],
    [null, '质量指标', '指标1工程完工率', 100, 100, 10, 10],
    [null, null, '指标2', null, null, null, null],
    ['效益指标', '生态效益指标', '指标1', null, null, null, null],
    [null, '社会效益指标', '指标1学校发展能力', 100, 100, 10, 10],
    [null, null, '指标2', '≥90%', null, 10, null],
  ];

  it('reads an unused template row as no indicator, and a filled name with its prefix as one', () => {
    const t = table(rows);
    expect(t.indicators.map((i) => [i.level2?.text, i.name?.text ?? null, i.value?.text])).toEqual([
      ['数量指标', '指标1工程资金金额', '43.2'],
      ['质量指标', '指标1工程完工率', '100'],
      ['社会效益指标', '指标1学校发展能力', '100'],
      ['社会效益指标', null, '≥90%'],
    ]);
  });

  it('makes no indicator of a row holding a 二级 label and the numbering alone', () => {
    const t = table(rows);
    expect(t.indicators.some((i) => i.level2?.text === '生态效益指标')).toBe(false);
  });
});
