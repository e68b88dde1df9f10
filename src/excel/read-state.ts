/** Reading Jixiao's state: the custom XML part (ExcelApi 1.5), or document settings below that. */
import { MARKS_NAMESPACE, MARKS_SETTING, emptyState, mergeStates, parseStateText } from '../host/mark-state';
import type { XClientResult, XCustomXmlPartScopedCollection } from './office-types';
import type { ReadContext, StateRead } from './read-context';

export interface PendingState {
  scoped?: XCustomXmlPartScopedCollection;
  /** The one part's text, asked in the same sync (relies on a null object's getXml giving null). */
  xml?: XClientResult<string>;
  /** Strict: each part's text, asked once the parts are known. */
  xmls?: XClientResult<string>[];
}

export function queueState(rc: ReadContext): PendingState {
  if (!rc.features.customXmlParts) return {};
  const scoped = rc.ctx.workbook.customXmlParts.getByNamespace(MARKS_NAMESPACE);
  scoped.load('items/id');
  if (rc.strict) return { scoped };
  const xml = scoped.getOnlyItemOrNullObject().getXml();
  return { scoped, xml };
}

/** Strict: after the sync that loaded the parts, queue their texts for the next sync. */
export function queueStateTexts(p: PendingState): void {
  if (p.scoped && !p.xml && !p.xmls) p.xmls = p.scoped.items.map((it) => it.getXml());
}


/** After the sync(s) that carried queueState. Several parts (copies) cost one more sync, rarely. */
export async function collectState(rc: ReadContext, p: PendingState): Promise<StateRead> {
  if (!p.scoped) {
    const settings = rc.office.context.document?.settings;
    return { state: parseStateText(settings?.get(MARKS_SETTING)), parts: [], storage: 'settings' };
  }
  const items = p.scoped.items;
  if (items.length === 0) return { state: emptyState(), parts: [], storage: 'customXmlParts' };
  if (p.xml && items.length === 1) return { state: parseStateText(p.xml.value), parts: items, storage: 'customXmlParts' };
  if (!p.xmls) {
    p.xmls = items.map((it) => it.getXml());
    await rc.sync();
  }
  return { state: mergeStates(p.xmls.map((x) => parseStateText(x.value))), parts: items, storage: 'customXmlParts' };
}
