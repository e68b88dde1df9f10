/** Zip entry and relationship target names as the reader normalises them (partName). */
import { partName } from '../../src/reader/xlsx/parts';

describe('partName', () => {
  it('keeps a normal name as it is', () => {
    for (const n of ['xl/worksheets/sheet1.xml', '[Content_Types].xml', 'xl/_rels/workbook.xml.rels', '_rels/.rels', 'xl/a.b/c..d.xml', 'a/..b/c.']) {
      expect(partName(n)).toBe(n);
    }
  });
  it('normalises slashes, empty and dot segments, and resolves ..', () => {
    expect(partName('/xl/workbook.xml')).toBe('xl/workbook.xml');
    expect(partName('xl\\worksheets\\sheet1.xml')).toBe('xl/worksheets/sheet1.xml');
    expect(partName('xl//worksheets/./sheet1.xml')).toBe('xl/worksheets/sheet1.xml');
    expect(partName('xl/worksheets/../sharedStrings.xml')).toBe('xl/sharedStrings.xml');
    expect(partName('xl/worksheets/')).toBe('xl/worksheets');
    expect(partName('../../x.xml')).toBe('x.xml');
    expect(partName('.')).toBe('');
    expect(partName('')).toBe('');
  });
});
