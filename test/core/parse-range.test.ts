/** Range references as files and Office.js write them (parseRange), read the same whichever way they are spelled. */
import { parseRange } from '../../src/core/grid';

describe('parseRange', () => {
  it('reads the plain spelling', () => {
    expect(parseRange('A1')).toEqual({ top: 0, left: 0, bottom: 0, right: 0 });
    expect(parseRange('B2:E12')).toEqual({ top: 1, left: 1, bottom: 11, right: 4 });
    expect(parseRange('E12:B2')).toEqual({ top: 1, left: 1, bottom: 11, right: 4 });
    expect(parseRange('XFD1048576')).toEqual({ top: 1048575, left: 16383, bottom: 1048575, right: 16383 });
    expect(parseRange('AA10:AB10')).toEqual({ top: 9, left: 26, bottom: 9, right: 27 });
  });
  it('reads sheet names, $ signs, lower case and spaces as before', () => {
    expect(parseRange('Sheet1!$B$2:$C$3')).toEqual({ top: 1, left: 1, bottom: 2, right: 2 });
    expect(parseRange("'a!b'!b2:c3")).toEqual({ top: 1, left: 1, bottom: 2, right: 2 });
    expect(parseRange(' B2 : C3 ')).toEqual({ top: 1, left: 1, bottom: 2, right: 2 });
    expect(parseRange('B2:C3:D4')).toEqual({ top: 1, left: 1, bottom: 2, right: 2 });
  });
  it('refuses what is no range', () => {
    for (const s of ['', 'A', '12', 'ABCD1', 'A12345678', 'A1:', 'A1:B', '1A', 'A-1', 'R1C1']) expect(parseRange(s)).toBeNull();
  });
});
