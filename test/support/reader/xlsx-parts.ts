/**
 * Minimal .xlsx packages assembled from their XML parts (zipped with fflate), for the reader's edge cases:
 * strict-OOXML namespaces, prefixed elements, hand-written cells.
 */
import { strToU8, zipSync } from 'fflate';

export interface PartSheet {
  name: string;
  /** The worksheet's children (dimension, sheetData, mergeCells …) or a whole <worksheet> document. */
  body: string;
  state?: 'hidden' | 'veryHidden';
}

export interface PackageOptions {
  sheets: PartSheet[];
  /** Shared strings (each a plain <si><t>), or the whole sharedStrings.xml. */
  shared?: string[] | string;
  /** The whole styles.xml. */
  styles?: string;
  strict?: boolean;
  date1904?: boolean;
  /** Extra zip entries. */
  extra?: Record<string, string>;
}

export const TRANSITIONAL = {
  main: 'http://schemas.openxmlformats.org/spreadsheetml/2006/main',
  rel: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
};
export const STRICT = {
  main: 'http://purl.oclc.org/ooxml/spreadsheetml/main',
  rel: 'http://purl.oclc.org/ooxml/officeDocument/relationships',
};
const PKG_RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';

export function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The zip entries of a package. */
export function packageParts(o: PackageOptions): Record<string, string> {
  const ns = o.strict ? STRICT : TRANSITIONAL;
  const files: Record<string, string> = {};
  files['[Content_Types].xml'] =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/></Types>';
  files['_rels/.rels'] = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG_RELS}"><Relationship Id="rId1" Type="${ns.rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
  const rels: string[] = [];
  const sheets: string[] = [];
  o.sheets.forEach((s, i) => {
    rels.push(`<Relationship Id="rId${i + 1}" Type="${ns.rel}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`);
    sheets.push(`<sheet name="${escapeXml(s.name)}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ''} r:id="rId${i + 1}"/>`);
    files[`xl/worksheets/sheet${i + 1}.xml`] = s.body.includes('worksheet') ? s.body : `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${ns.main}" xmlns:r="${ns.rel}">${s.body}</worksheet>`;
  });
  if (o.shared !== undefined) {
    rels.push(`<Relationship Id="rIdS" Type="${ns.rel}/sharedStrings" Target="sharedStrings.xml"/>`);
    files['xl/sharedStrings.xml'] =
      typeof o.shared === 'string' ? o.shared : `<sst xmlns="${ns.main}" count="${o.shared.length}">${o.shared.map((t) => `<si><t xml:space="preserve">${escapeXml(t)}</t></si>`).join('')}</sst>`;
  }
  if (o.styles !== undefined) {
    rels.push(`<Relationship Id="rIdT" Type="${ns.rel}/styles" Target="styles.xml"/>`);
    files['xl/styles.xml'] = o.styles;
  }
  files['xl/_rels/workbook.xml.rels'] = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG_RELS}">${rels.join('')}</Relationships>`;
  files['xl/workbook.xml'] = `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${ns.main}" xmlns:r="${ns.rel}">${o.date1904 ? '<workbookPr date1904="1"/>' : ''}<sheets>${sheets.join('')}</sheets></workbook>`;
  return { ...files, ...(o.extra ?? {}) };
}

/** Zips parts (sheets and shared strings stored after the workbook, as Excel does). */
export function zipParts(files: Record<string, string>): Uint8Array {
  const out: Record<string, Uint8Array> = {};
  for (const [name, text] of Object.entries(files)) out[name] = strToU8(text);
  return zipSync(out);
}

export function buildXlsx(o: PackageOptions): Uint8Array {
  return zipParts(packageParts(o));
}
