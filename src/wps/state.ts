/**
 * Jixiao's state in a WPS workbook: the same custom XML part as in Excel (namespace urn:jixiao:marks:1,
 * the text of src/host/mark-state.ts), through `Workbook.CustomXMLParts`, so a workbook marked in Excel is
 * cleared in WPS and the other way round. A part's XML cannot be replaced in place: a new part is added
 * first, then the old ones are deleted (never a moment without the state). A WPS without custom XML parts
 * keeps the state outside the workbook, in Application.PluginStorage, while WPS runs (the gateway says so).
 */
import { MARKS_NAMESPACE, emptyState, mergeStates, parseStateText, stateCellCount, stateToXml, type MarkState } from '../host/mark-state';
import type { EtCustomXMLPart, EtWorkbook } from './et-types';

export interface WpsStateRead {
  state: MarkState;
  parts: EtCustomXMLPart[];
  storage: 'customXmlParts' | 'session';
}

/** Reads our parts; `session` is the fallback state when the workbook cannot hold parts. */
export function readState(wb: EtWorkbook, session: MarkState | null): WpsStateRead {
  let parts: EtCustomXMLPart[];
  try {
    const scoped = wb.CustomXMLParts.SelectByNamespace(MARKS_NAMESPACE);
    const n = scoped.Count;
    parts = [];
    for (let i = 1; i <= n; i++) parts.push(scoped.Item(i));
  } catch {
    return { state: session ?? emptyState(), parts: [], storage: 'session' };
  }
  if (parts.length === 0) return { state: emptyState(), parts, storage: 'customXmlParts' };
  const states = parts.map((p) => parseStateText(p.XML));
  return { state: states.length === 1 ? states[0] : mergeStates(states), parts, storage: 'customXmlParts' };
}

/** Writes the state after an operation: a new part then the old ones deleted; none when empty. */
export function writeState(wb: EtWorkbook, stored: WpsStateRead, next: MarkState): void {
  if (stored.storage !== 'customXmlParts') return;
  const empty = stateCellCount(next) === 0;
  const xml = stateToXml(next);
  if (!empty && stored.parts.length === 1 && stateToXml(stored.state) === xml) return;
  if (!empty) wb.CustomXMLParts.Add(xml);
  for (const p of stored.parts) p.Delete();
}
