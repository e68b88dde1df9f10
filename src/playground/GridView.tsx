/**
 * The playground's picture of the fake workbook: a spreadsheet grid with column letters and row numbers,
 * the cells' values, the fills (the workbook's own and the marks the gateway writes), notes as a red corner
 * with the text on hover, merged areas, the selected cell outlined as Excel does, and the sheet tabs below.
 * Reads the fake's state; writes nothing except through the callbacks.
 */
import * as React from 'react';
import { cellText, columnName, fromA1, type CellValue, type MergeArea } from '../core/grid';

export interface GridSheet {
  name: string;
  /** The value at 0-based row, col (null when empty). */
  value(row: number, col: number): CellValue;
  /** The cell's fill colour "#RRGGBB", or undefined. */
  fill(row: number, col: number): string | undefined;
  note(row: number, col: number): string | undefined;
  merges: readonly MergeArea[];
  /** Rows and columns that hold anything (values, fills, notes). */
  extent: { rows: number; cols: number };
  /** Column widths and row heights in CSS pixels, when the file had them. */
  colWidths?: readonly (number | undefined)[];
  rowHeights?: readonly (number | undefined)[];
}

export interface GridViewProps {
  sheets: readonly GridSheet[];
  activeSheet: string;
  /** The selected cell, as the fake host holds it. */
  selection: { sheet: string; address: string } | null;
  onSelectSheet(name: string): void;
  onSelectCell(sheet: string, address: string): void;
  /** Commits an edit typed into a cell (double-click or F2, Enter). Absent: read-only grid. */
  onEditCell?(sheet: string, address: string, text: string): void;
}

const MAX_ROWS = 400;
const MAX_COLS = 40;
const DEFAULT_COL = 72;
const DEFAULT_ROW = 22;

function displayText(v: CellValue): string {
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) return '';
    // Like Excel's General format: integers as they are, others to at most 10 significant digits.
    return Number.isInteger(v) ? String(v) : String(Number(v.toPrecision(10)));
  }
  return cellText(v);
}

export function GridView(props: GridViewProps) {
  const sheet = props.sheets.find((s) => s.name === props.activeSheet) ?? props.sheets[0];
  const [editing, setEditing] = React.useState<{ address: string; text: string } | null>(null);
  const selectedRef = React.useRef<HTMLTableCellElement | null>(null);
  const sel = props.selection && sheet && props.selection.sheet === sheet.name ? fromA1(props.selection.address) : null;

  React.useEffect(() => {
    // Bring the selected cell into view when the selection arrives from the task pane.
    selectedRef.current?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
  }, [props.selection?.sheet, props.selection?.address, props.activeSheet]);

  const tabsRef = React.useRef<HTMLDivElement | null>(null);
  React.useEffect(() => {
    setEditing(null);
    // Keep the active sheet's tab in view (a selection may switch to a sheet far to the right).
    tabsRef.current?.querySelector('[aria-selected="true"]')?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
  }, [props.activeSheet]);

  if (!sheet) return <div className="pg-grid-empty">此工作簿没有工作表。</div>;

  const rows = Math.min(Math.max(sheet.extent.rows + 3, 30), MAX_ROWS);
  const cols = Math.min(Math.max(sheet.extent.cols + 2, 10), MAX_COLS);

  // Merged areas: the top-left cell spans; the others are not rendered.
  const covered = new Set<number>();
  const spans = new Map<number, { rowSpan: number; colSpan: number }>();
  for (const m of sheet.merges) {
    const bottom = Math.min(m.bottom, rows - 1);
    const right = Math.min(m.right, cols - 1);
    if (m.top >= rows || m.left >= cols) continue;
    spans.set(m.top * 16384 + m.left, { rowSpan: bottom - m.top + 1, colSpan: right - m.left + 1 });
    for (let r = m.top; r <= bottom; r++) for (let c = m.left; c <= right; c++) if (r !== m.top || c !== m.left) covered.add(r * 16384 + c);
  }
  const selSpan = sel ? spans.get(sel.row * 16384 + sel.col) : undefined;
  const inSelection = (r: number, c: number) =>
    !!sel && r >= sel.row && r < sel.row + (selSpan?.rowSpan ?? 1) && c >= sel.col && c < sel.col + (selSpan?.colSpan ?? 1);

  const commit = () => {
    if (editing && props.onEditCell) props.onEditCell(sheet.name, editing.address, editing.text);
    setEditing(null);
  };

  const body: React.ReactNode[] = [];
  for (let r = 0; r < rows; r++) {
    const cells: React.ReactNode[] = [
      <th key="h" scope="row" className={`pg-rowhead${sel && inSelection(r, sel.col) ? ' pg-head-sel' : ''}`}>
        {r + 1}
      </th>,
    ];
    for (let c = 0; c < cols; c++) {
      const k = r * 16384 + c;
      if (covered.has(k)) continue;
      const address = `${columnName(c)}${r + 1}`;
      const span = spans.get(k);
      const fill = sheet.fill(r, c);
      const note = sheet.note(r, c);
      const value = sheet.value(r, c);
      const selected = !!sel && sel.row === r && sel.col === c;
      const isEditing = editing?.address === address;
      cells.push(
        <td
          key={c}
          ref={selected ? selectedRef : undefined}
          rowSpan={span?.rowSpan}
          colSpan={span?.colSpan}
          data-address={address}
          data-fill={fill}
          data-selected={selected ? 'true' : undefined}
          className={`pg-cell${selected ? ' pg-selected' : ''}${typeof value === 'number' ? ' pg-num' : ''}${note ? ' pg-has-note' : ''}`}
          style={fill ? { backgroundColor: fill } : undefined}
          title={note ? `批注：${note}` : undefined}
          onMouseDown={() => props.onSelectCell(sheet.name, address)}
          onDoubleClick={() => props.onEditCell && setEditing({ address, text: cellText(value) })}
        >
          {isEditing ? (
            <input
              className="pg-edit"
              autoFocus
              value={editing.text}
              aria-label={`编辑 ${address}`}
              onChange={(e) => setEditing({ address, text: e.target.value })}
              onKeyDown={(e) => {
                if (e.key === 'Enter') commit();
                else if (e.key === 'Escape') setEditing(null);
              }}
              onBlur={commit}
            />
          ) : (
            displayText(value)
          )}
          {note && <span className="pg-note-mark" aria-hidden="true" />}
        </td>,
      );
    }
    body.push(
      <tr key={r} style={sheet.rowHeights?.[r] ? { height: sheet.rowHeights[r] } : undefined}>
        {cells}
      </tr>,
    );
  }

  const selectedValue = sel ? displayText(sheet.value(sel.row, sel.col)) : '';
  return (
    <div className="pg-grid">
      <div className="pg-formula">
        <span className="pg-namebox" data-testid="namebox">
          {props.selection ? `${props.selection.sheet}!${props.selection.address}` : ''}
        </span>
        <span className="pg-fx">fx</span>
        <span className="pg-formula-text" data-testid="formula">
          {selectedValue}
        </span>
      </div>
      <div
        className="pg-scroll"
        tabIndex={0}
        onKeyDown={(e) => {
          if (e.key === 'F2' && sel && props.onEditCell && !editing) {
            setEditing({ address: props.selection!.address, text: cellText(sheet.value(sel.row, sel.col)) });
          }
        }}
      >
        <table className="pg-table" aria-label={`工作表 ${sheet.name}`}>
          <colgroup>
            <col style={{ width: 40 }} />
            {Array.from({ length: cols }, (_, c) => (
              <col key={c} style={{ width: sheet.colWidths?.[c] ?? DEFAULT_COL }} />
            ))}
          </colgroup>
          <thead>
            <tr style={{ height: DEFAULT_ROW }}>
              <th className="pg-corner" />
              {Array.from({ length: cols }, (_, c) => (
                <th key={c} scope="col" className={`pg-colhead${sel && inSelection(sel.row, c) ? ' pg-head-sel' : ''}`}>
                  {columnName(c)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>{body}</tbody>
        </table>
        {sheet.extent.rows > MAX_ROWS || sheet.extent.cols > MAX_COLS ? (
          <div className="pg-truncated">
            只显示前 {MAX_ROWS} 行、{MAX_COLS} 列（此表共 {sheet.extent.rows} 行、{sheet.extent.cols} 列）。
          </div>
        ) : null}
      </div>
      <div className="pg-tabs" role="tablist" aria-label="工作表" ref={tabsRef}>
        {props.sheets.map((s) => (
          <button
            key={s.name}
            role="tab"
            aria-selected={s.name === sheet.name}
            className={`pg-tab${s.name === sheet.name ? ' pg-tab-active' : ''}`}
            onClick={() => props.onSelectSheet(s.name)}
            title={s.name}
          >
            {s.name}
          </button>
        ))}
      </div>
    </div>
  );
}
