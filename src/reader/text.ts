/**
 * Text decoding for the text-based formats: the encoding from the byte-order mark, then from the
 * document's own declaration (`<?xml encoding>`, `<meta charset>`, `http-equiv` Content-Type), else UTF-8.
 */

function bomEncoding(data: Uint8Array): string | null {
  if (data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf) return 'utf-8';
  if (data[0] === 0xff && data[1] === 0xfe) return 'utf-16le';
  if (data[0] === 0xfe && data[1] === 0xff) return 'utf-16be';
  return null;
}

/** The first `max` bytes as text (enough to recognise a format), or null when they are binary. */
export function headText(data: Uint8Array, max: number): string | null {
  const head = data.subarray(0, Math.min(data.length, max));
  const bom = bomEncoding(head);
  if (!bom) {
    for (const b of head) if (b === 0) return null;
  }
  return new TextDecoder(bom ?? 'latin1').decode(head);
}

/** A label TextDecoder knows ('gb2312' → 'gbk'), or null. */
function known(label: string): string | null {
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return null;
  }
}

/** The encoding the document declares (BOM first), or null when it declares none. */
export function declaredEncoding(data: Uint8Array): string | null {
  const bom = bomEncoding(data);
  if (bom) return bom;
  const head = new TextDecoder('latin1').decode(data.subarray(0, Math.min(data.length, 4096)));
  const m =
    /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head) ??
    /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return m ? known(m[1].toLowerCase()) : null;
}

/** The whole document as text, in its declared encoding (UTF-8 when it declares none). */
export function decodeDocument(data: Uint8Array): string {
  const enc = declaredEncoding(data) ?? 'utf-8';
  return new TextDecoder(enc).decode(data);
}
