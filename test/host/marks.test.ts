/** The pure part of marking: the state's XML, the per-cell plan. */
import {
  NO_FILL,
  SEVERITY_FILL,
  addressChunks,
  marksFromFindings,
  noteDigest,
  noteText,
  planSheet,
  stateFromXml,
  stateToXml,
  type CellNow,
  type MarkEntry,
  type MarkState,
} from '../../src/host/marks';
import type { Finding } from '../../src/core/finding';

const finding = (cell: string, severity: Finding['severity'], message: string, sheet = '表1'): Finding => ({ rule: 'x/y', severity, sheet, cell, message });

describe('state XML', () => {
  it('round-trips awkward text: quotes, ampersands, angle brackets, newlines, tabs, CJK, emoji', () => {
    const note = '原批注："金额" & <单位>\n第二行\t制表\r\n🙂 end ';
    const state: MarkState = new Map([
      [
        "表'1, \"甲\" & <乙>",
        {
          id: '{5EE7-1}',
          cells: new Map<string, MarkEntry>([
            ['B7', { cell: 'B7', severity: 'error', fill: { color: '#92D050', pattern: 'Solid' }, note, ourFill: SEVERITY_FILL.error, ourNote: noteDigest('x') }],
            ['C8', { cell: 'C8', severity: 'info', fill: { ...NO_FILL }, note: null, ourFill: '#123456', ourNote: null }],
            ['D9', { cell: 'D9', severity: 'warning', fill: { color: '#FFFF00', pattern: 'Gray25', patternColor: '#FF0000' }, note: null, ourFill: SEVERITY_FILL.warning, ourNote: noteDigest('y') }],
            ['E10', { cell: 'E10', severity: 'warning', fill: { color: '#FFFFFF', pattern: null }, note: '', ourFill: SEVERITY_FILL.warning, ourNote: noteDigest('') }],
          ]),
        },
      ],
    ]);
    const xml = stateToXml(state);
    expect(stateFromXml(xml)).toEqual(state);
    expect(xml).not.toContain('\n第二行'); // newlines in attributes are escaped, not normalised away
  });

  it('is rejected when it is not ours', () => {
    expect(() => stateFromXml('<other/>')).toThrow('不是绩效目标表助手的标记记录');
  });
});

describe('marks from findings', () => {
  it('one mark per cell, the most severe colour, messages most severe first', () => {
    const m = marksFromFindings([finding('$b$7', 'info', '提示甲'), finding('B7', 'error', '错误乙'), finding('C1', 'warning', '警告丙'), finding('not a cell', 'error', 'x')]);
    const b7 = m.get('表1')?.get('B7');
    expect(b7?.severity).toBe('error');
    expect(b7 && noteText(b7)).toBe('绩效目标表助手：\n【错误】错误乙\n【提示】提示甲');
    expect([...(m.get('表1')?.keys() ?? [])].sort()).toEqual(['B7', 'C1']);
  });

  it('address lists stay under the length limit and keep every cell', () => {
    const cells = Array.from({ length: 900 }, (_, i) => `A${i + 1}`);
    const chunks = addressChunks(cells, 500);
    expect(chunks.every((c) => c.length <= 500)).toBe(true);
    expect(chunks.join(', ').split(', ')).toEqual(cells);
  });
});

describe('planSheet', () => {
  const opts = { writeNotes: true, notesSupported: true };
  const known = (fills: Record<string, CellNow>) => (cell: string): CellNow => fills[cell] ?? { fill: { ...NO_FILL }, note: null };

  it('remembers the own fill and note the first time, not our colour later', () => {
    const marks = marksFromFindings([finding('B7', 'warning', '警告')]).get('表1');
    const first = planSheet(undefined, marks, known({ B7: { fill: { color: '#92D050', pattern: 'Solid' }, note: '原批注' } }), opts);
    const e = first.next.get('B7') as MarkEntry;
    expect(e.fill).toEqual({ color: '#92D050', pattern: 'Solid' });
    expect(e.note).toBe('原批注');
    expect(first.notes).toEqual([{ cell: 'B7', op: 'set', content: noteText(marks?.get('B7') as never) }]);
    // Second time: the cell shows our colour and note; the remembered originals stay.
    const now = known({ B7: { fill: { color: SEVERITY_FILL.warning, pattern: 'Solid' }, note: noteText(marks?.get('B7') as never) } });
    const second = planSheet(first.next, marks, now, opts);
    expect(second.next.get('B7')).toEqual(e);
    expect(second.markFills.size).toBe(0);
    expect(second.notes).toEqual([]);
  });

  it('a cell no longer flagged gets its own fill and note back', () => {
    const prev = new Map<string, MarkEntry>([
      ['B7', { cell: 'B7', severity: 'error', fill: { color: '#92D050', pattern: 'Solid' }, note: '原批注', ourFill: SEVERITY_FILL.error, ourNote: noteDigest('我们的') }],
      ['C7', { cell: 'C7', severity: 'error', fill: { ...NO_FILL }, note: null, ourFill: SEVERITY_FILL.error, ourNote: noteDigest('我们的2') }],
    ]);
    const plan = planSheet(
      prev,
      undefined,
      known({
        B7: { fill: { color: SEVERITY_FILL.error, pattern: 'Solid' }, note: '我们的' },
        C7: { fill: { color: SEVERITY_FILL.error, pattern: 'Solid' }, note: '我们的2' },
      }),
      opts,
    );
    expect([...plan.restoreFills.values()]).toEqual([
      { fill: { color: '#92D050', pattern: 'Solid' }, cells: ['B7'] },
      { fill: NO_FILL, cells: ['C7'] },
    ]);
    expect(plan.notes).toEqual([
      { cell: 'B7', op: 'set', content: '原批注' },
      { cell: 'C7', op: 'delete' },
    ]);
    expect(plan.next.size).toBe(0);
    expect(plan.cleared).toBe(2);
  });

  it('a mark the person changed is theirs: not restored over, and remembered as own on a re-mark', () => {
    const prev = new Map<string, MarkEntry>([
      ['B7', { cell: 'B7', severity: 'error', fill: { ...NO_FILL }, note: null, ourFill: SEVERITY_FILL.error, ourNote: noteDigest('我们的') }],
    ]);
    const changed = known({ B7: { fill: { color: '#00B0F0', pattern: 'Solid' }, note: '我改的' } });
    const clear = planSheet(prev, undefined, changed, opts);
    expect(clear.restoreFills.size).toBe(0);
    expect(clear.notes).toEqual([]);
    expect(clear.keptUserChanges).toBe(1);
    const marks = marksFromFindings([finding('B7', 'error', '错误')]).get('表1');
    const remark = planSheet(prev, marks, changed, opts);
    expect(remark.next.get('B7')).toMatchObject({ fill: { color: '#00B0F0', pattern: 'Solid' }, note: '我改的' });
  });

  it('refuses to plan a cell it was not told about', () => {
    const marks = marksFromFindings([finding('B7', 'error', '错误')]).get('表1');
    expect(() => planSheet(undefined, marks, () => ({ fill: undefined, note: null }), opts)).toThrow('was not read');
    expect(() => planSheet(undefined, marks, () => ({ fill: { ...NO_FILL }, note: undefined }), opts)).toThrow('was not read');
  });
});
