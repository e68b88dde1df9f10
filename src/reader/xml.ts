/**
 * Streaming XML for the workbook readers, on saxes: element names reduced to their local part (so
 * `<x:c>`, `<c>` and strict-OOXML documents read alike), text and CDATA as text, and any DOCTYPE refused —
 * entity declarations are never expanded (billion laughs), and saxes itself refuses undeclared entities.
 */
import { SaxesParser } from 'saxes';
import type { EntrySink } from './zip';

export interface XmlHandlers {
  open(name: string, attrs: Record<string, string>): void;
  close(name: string): void;
  text(text: string): void;
}

export class XmlError extends Error {}

/** The local part of a qualified name: 'x:c' → 'c'. */
export function localName(name: string): string {
  const i = name.indexOf(':');
  return i < 0 ? name : name.slice(i + 1);
}

/** The value of the attribute whose local name is `name` and that has a namespace prefix (r:id). */
export function prefixedAttr(attrs: Record<string, string>, name: string): string | undefined {
  for (const key of Object.keys(attrs)) {
    const i = key.indexOf(':');
    if (i > 0 && key.slice(i + 1) === name && key.slice(0, i) !== 'xmlns') return attrs[key];
  }
  return undefined;
}

export interface XmlStream {
  write(text: string): void;
  close(): void;
}

/** A parser for one part; `part` names it in error messages. Errors throw XmlError. */
export function xmlStream(part: string, h: XmlHandlers): XmlStream {
  const parser = new SaxesParser({ position: false });
  parser.on('doctype', () => {
    throw new XmlError(`${part}: DOCTYPE/ENTITY declarations are not allowed (entity expansion refused)`);
  });
  parser.on('error', (err) => {
    throw new XmlError(`${part}: malformed XML: ${err.message}`);
  });
  parser.on('opentag', (tag) => {
    const name = localName(tag.name);
    h.open(name, tag.attributes as Record<string, string>);
    if (tag.isSelfClosing) h.close(name);
  });
  parser.on('closetag', (tag) => {
    if (!tag.isSelfClosing) h.close(localName(tag.name));
  });
  parser.on('text', (t) => h.text(t));
  parser.on('cdata', (t) => h.text(t));
  return {
    write: (text) => void parser.write(text),
    close: () => void parser.close(),
  };
}

/** Thrown by a handler to stop reading a part early (not an error). */
export class StopReading extends Error {
  constructor() {
    super('stop');
  }
}

/**
 * An entry sink that decodes UTF-8 and feeds an XML stream. More than `maxBytes` inflated bytes is an
 * error (`tooLarge` gives its message). A handler may throw StopReading to stop inflating the part.
 */
export function xmlSink(stream: XmlStream, maxBytes: number, tooLarge: () => string, onEnd?: () => void): EntrySink {
  const decoder = new TextDecoder('utf-8');
  let bytes = 0;
  return {
    write(chunk) {
      bytes += chunk.length;
      if (bytes > maxBytes) throw new XmlError(tooLarge());
      try {
        stream.write(decoder.decode(chunk, { stream: true }));
      } catch (err) {
        if (err instanceof StopReading) return false;
        throw err;
      }
      return true;
    },
    end() {
      try {
        stream.write(decoder.decode());
        stream.close();
      } catch (err) {
        if (!(err instanceof StopReading)) throw err;
      }
      onEnd?.();
    },
  };
}
