/**
 * A clerk types 95% into a cell: the file holds 0.95 with the format "0%". Every reader hands the checker
 * what is shown ("95%"), so a satisfaction target typed as a percentage is no "0.95 below 80%".
 */
import ExcelJS from 'exceljs';
import { checkWorkbook } from '../../src/core/check';
import { readWorkbook } from '../../src/reader';

async function workbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('表');
  const rows: (string | number | null)[][] = [
    ['项目支出绩效目标表'],
    ['项目名称', '养老服务', null, '项目类别', '特定目标类'],
    ['主管部门', '民政局', null, '实施单位', '养老中心'],
    ['年度预算资金总额', 100, null, '财政拨款', 100],
    ['年度绩效目标', '为 500 名老人提供服务'],
    ['一级指标', '二级指标', '三级指标', '指标值'],
    ['成本指标', '经济成本指标', '项目总成本', '≤100万元'],
    ['产出指标', '数量指标', '服务人数', '≥500人'],
    [null, '质量指标', '服务合格率', 0.98],
    [null, '时效指标', '服务及时率', 0.955],
    ['效益指标', '社会效益指标', '老人生活质量', '明显提高'],
    ['满意度指标', '服务对象满意度指标', '老人满意度', 0.9],
  ];
  rows.forEach((r, i) => r.forEach((v, j) => v !== null && (ws.getCell(i + 1, j + 1).value = v)));
  ws.getCell('D9').numFmt = '0%';
  ws.getCell('D10').numFmt = '0.0%';
  ws.getCell('D12').numFmt = '0%';
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

it('reads percentage-formatted numbers as shown and raises no satisfaction or unit finding on them', async () => {
  const { grids } = readWorkbook(await workbook());
  expect([grids[0].rows[8][3], grids[0].rows[9][3], grids[0].rows[11][3]]).toEqual(['98%', '95.5%', '90%']);
  const findings = checkWorkbook(grids).sheets[0].findings;
  expect(findings.filter((f) => /satisfaction|missing-unit|percent/.test(f.rule))).toEqual([]);
  expect(findings.filter((f) => f.rule === 'value/missing-operator').map((f) => f.cell)).toEqual(['D9', 'D10', 'D12']);
});
