'use strict';
/**
 * Checks of manifest.xml that the XML schema does not make (and that run without xmllint or the schema
 * files). office-addin-manifest's reader gives the add-in's facts (readManifestFacts: type, host, permissions,
 * GUID, default page); the structure check walks the elements for the rest: ids at most 32 characters and unique, every resid defined in the right resource list, every URL
 * https and on one origin, every icon list with 16/32/80, every icon file present as a PNG of the size the
 * manifest says, every page a build produces. Also runs xmllint against ../shared/office-schemas when both
 * exist.
 *
 * Used by test/manifest/*.test.ts and by `npm run validate:manifest` (scripts/validate-manifest.js).
 */
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');

// ---------------------------------------------------------------------------------------------------------
// Reading the XML: the facts office-addin-manifest reads (id, type, hosts, permissions, default page) come from
// its own reader (readManifestFacts below); the element walk for the rest uses sax, the parser under
// office-addin-manifest's xml2js, which keeps line numbers for the messages.

/**
 * @typedef {{name: string, attrs: Record<string, string>, children: XmlNode[], text: string, parent: XmlNode | null, line: number}} XmlNode
 */

/** @returns {XmlNode} the root element. Throws on malformed input (sax in strict mode). */
function parseXml(xml) {
  const sax = require('sax');
  const parser = sax.parser(true, { trim: false, normalize: false, position: true });
  const root = { name: '#document', attrs: {}, children: [], text: '', parent: null, line: 1 };
  let current = root;
  parser.onerror = (e) => {
    throw new Error(String(e.message).split('\n')[0]);
  };
  parser.onopentag = (tag) => {
    const node = { name: tag.name, attrs: { ...tag.attributes }, children: [], text: '', parent: current, line: parser.line + 1 };
    current.children.push(node);
    current = node;
  };
  parser.onclosetag = () => {
    current = current.parent;
  };
  parser.ontext = (t) => {
    current.text += t;
  };
  parser.oncdata = (t) => {
    current.text += t;
  };
  parser.write(xml).close();
  const elements = root.children;
  if (elements.length !== 1) throw new Error(`expected one root element, found ${elements.length}`);
  elements[0].parent = null;
  return elements[0];
}

/**
 * What office-addin-manifest itself reads from the manifest, and the checks on it: an Excel task-pane add-in
 * (TaskPaneApp, host Workbook) with a GUID id, ReadWriteDocument and a default page.
 * @param {string} manifestFile
 * @returns {Promise<{info: import('office-addin-manifest').ManifestInfo, errors: string[]}>}
 */
async function readManifestFacts(manifestFile) {
  const { OfficeAddinManifest } = require('office-addin-manifest');
  const info = await OfficeAddinManifest.readManifestFile(manifestFile);
  const errors = [];
  if (info.officeAppType !== 'TaskPaneApp') errors.push(`OfficeApp xsi:type is "${info.officeAppType}", expected TaskPaneApp`);
  if (!(info.hosts ?? []).includes('Workbook')) errors.push('no <Host Name="Workbook"/>: Excel would not offer the add-in');
  if (info.permissions !== 'ReadWriteDocument') errors.push('Permissions must be ReadWriteDocument (the check writes fills and notes)');
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(info.id ?? '')) errors.push('<Id> must be a GUID');
  if (!info.defaultSettings?.sourceLocation) errors.push('no <DefaultSettings><SourceLocation>: the task pane has no page');
  return { info, errors };
}

/** Local name without the namespace prefix: "bt:Image" → "Image". */
function local(name) {
  const i = name.indexOf(':');
  return i < 0 ? name : name.slice(i + 1);
}

/** Every element under node (depth first), node included. */
function walk(node, out = []) {
  out.push(node);
  for (const c of node.children) walk(c, out);
  return out;
}

function ancestors(node) {
  const out = [];
  for (let p = node.parent; p; p = p.parent) out.push(p);
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// PNG size

/** @returns {{width: number, height: number} | null} the size from the IHDR chunk, or null if not a PNG. */
function pngSize(file) {
  const buf = fs.readFileSync(file);
  const sig = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (buf.length < 24 || !buf.subarray(0, 8).equals(sig) || buf.toString('ascii', 12, 16) !== 'IHDR') return null;
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

// ---------------------------------------------------------------------------------------------------------
// The structural checks

/** Which resource list a resid must be defined in, by the referencing element's local name and context. */
function resourceKindFor(el) {
  const name = local(el.name);
  if (name === 'Image') return 'Images';
  if (name === 'SourceLocation' || name === 'FunctionFile' || name === 'LearnMoreUrl') return 'Urls';
  if (name === 'Description') return 'LongStrings';
  if (name === 'Label' || name === 'Title') return 'ShortStrings';
  return null;
}

const REQUIRED_ICON_SIZES = [16, 32, 80];

/**
 * @param {string} xml the manifest text
 * @param {{root?: string, assetsDir?: string, pages?: Record<string, string>}} [options]
 *   root: the project directory (icon files are looked up in root/assets by URL path);
 *   pages: URL path of each page a build produces → its source file (relative to root).
 * @returns {{errors: string[], origin: string | null, urls: string[], functionNames: string[], icons: {url: string, size: number}[]}}
 */
function checkManifestStructure(xml, options = {}) {
  const errors = [];
  const root = options.root ?? path.resolve(__dirname, '..');
  const pages = options.pages ?? {};
  let doc;
  try {
    doc = parseXml(xml);
  } catch (e) {
    return { errors: [`not well-formed XML: ${e.message}`], origin: null, urls: [], functionNames: [], icons: [] };
  }
  if (local(doc.name) !== 'OfficeApp') errors.push(`root element is <${doc.name}>, expected <OfficeApp>`);
  const all = walk(doc);
  const byName = (n) => all.filter((e) => local(e.name) === n);

  // (Type, hosts, permissions and the id's form: readManifestFacts, office-addin-manifest's reader.)
  const excelSet = byName('Set').find((s) => s.attrs.Name === 'ExcelApi');
  if (!excelSet) errors.push('no ExcelApi requirement set');

  // Ids: at most 32 characters, unique within their kind.
  const seen = new Map();
  for (const el of all) {
    const id = el.attrs.id;
    if (id === undefined) continue;
    if (id.length === 0 || id.length > 32) errors.push(`id "${id}" on <${el.name}> (line ${el.line}) has ${id.length} characters; at most 32 allowed`);
    const inResources = ancestors(el).find((a) => local(a.name) === 'Resources');
    const kind = inResources ? `resource:${local(el.parent.name)}` : 'control';
    const key = `${kind}\u0000${id}`;
    if (seen.has(key)) errors.push(`id "${id}" is defined twice (lines ${seen.get(key)} and ${el.line})`);
    else seen.set(key, el.line);
  }

  // Resources by kind.
  const resources = { Images: new Map(), Urls: new Map(), ShortStrings: new Map(), LongStrings: new Map() };
  for (const el of all) {
    const parent = el.parent && local(el.parent.name);
    if (el.attrs.id !== undefined && parent in resources && ancestors(el).some((a) => local(a.name) === 'Resources')) {
      resources[parent].set(el.attrs.id, el);
    }
  }
  // Every resid defined, in the right list; every defined resource used.
  const used = new Set();
  for (const el of all) {
    const resid = el.attrs.resid;
    if (resid === undefined) continue;
    if (resid.length > 32) errors.push(`resid "${resid}" (line ${el.line}) has ${resid.length} characters; at most 32 allowed`);
    const kind = resourceKindFor(el);
    if (!kind) {
      errors.push(`resid on unexpected element <${el.name}> (line ${el.line})`);
      continue;
    }
    if (!resources[kind].has(resid)) {
      const elsewhere = Object.keys(resources).find((k) => resources[k].has(resid));
      errors.push(
        `resid "${resid}" on <${el.name}> (line ${el.line}) is not defined in bt:${kind}` + (elsewhere ? ` (it is in bt:${elsewhere})` : ''),
      );
    }
    used.add(`${kind}\u0000${resid}`);
  }
  for (const [kind, map] of Object.entries(resources)) {
    for (const id of map.keys()) if (!used.has(`${kind}\u0000${id}`)) errors.push(`bt:${kind} "${id}" is defined but never used`);
  }
  // Strings: every DefaultValue non-empty; overrides carry a locale.
  for (const kind of ['ShortStrings', 'LongStrings']) {
    for (const [id, el] of resources[kind]) {
      if (!el.attrs.DefaultValue || !el.attrs.DefaultValue.trim()) errors.push(`string "${id}" has an empty DefaultValue`);
      const limit = kind === 'ShortStrings' ? 125 : 250;
      if ((el.attrs.DefaultValue ?? '').length > limit) errors.push(`string "${id}" is longer than ${limit} characters`);
      for (const o of el.children.filter((c) => local(c.name) === 'Override')) {
        if (!o.attrs.Locale || !o.attrs.Value) errors.push(`string "${id}" has an Override without Locale or Value (line ${o.line})`);
      }
    }
  }

  // URLs: https, one origin. Collected from every DefaultValue/Value that looks like a URL.
  const urls = [];
  for (const el of all) {
    const n = local(el.name);
    const isUrlSetting =
      ['IconUrl', 'HighResolutionIconUrl', 'SupportUrl', 'SourceLocation'].includes(n) ||
      (el.parent && ['Images', 'Urls'].includes(local(el.parent.name)) && el.attrs.id !== undefined);
    const overrideOfUrl = n === 'Override' && el.parent && (['IconUrl', 'HighResolutionIconUrl', 'SupportUrl', 'SourceLocation'].includes(local(el.parent.name)) || ['Images', 'Urls'].includes(local(el.parent.parent?.name ?? '')));
    if (isUrlSetting && el.attrs.DefaultValue !== undefined) urls.push({ url: el.attrs.DefaultValue, line: el.line, el });
    if (overrideOfUrl && el.attrs.Value !== undefined) urls.push({ url: el.attrs.Value, line: el.line, el });
  }
  for (const el of byName('AppDomain')) urls.push({ url: el.text.trim(), line: el.line, el, domainOnly: true });
  const origins = new Set();
  for (const u of urls) {
    let parsed;
    try {
      parsed = new URL(u.url);
    } catch {
      errors.push(`"${u.url}" (line ${u.line}) is not an absolute URL`);
      continue;
    }
    if (parsed.protocol !== 'https:') errors.push(`"${u.url}" (line ${u.line}) is not https: Office loads add-ins only over HTTPS`);
    if (!u.domainOnly) origins.add(parsed.origin);
  }
  if (origins.size > 1) errors.push(`URLs use ${origins.size} origins (${[...origins].join(', ')}); all must be on one`);
  const origin = origins.size === 1 ? [...origins][0] : null;
  // The deployment base: the common prefix of the page URLs (origin plus an optional path prefix).
  const pageUrls = urls.filter((u) => /\.html(\?|#|$)/.test(u.url)).map((u) => new URL(u.url));
  let base = origin ?? '';
  if (pageUrls.length) {
    const dirs = pageUrls.map((u) => u.pathname.replace(/[^/]*$/, ''));
    let prefix = dirs[0];
    for (const d of dirs) while (!d.startsWith(prefix)) prefix = prefix.replace(/[^/]*\/$/, '');
    base = `${pageUrls[0].origin}${prefix}`;
  }
  const relPath = (u) => {
    try {
      const p = new URL(u);
      const full = `${p.origin}${p.pathname}`;
      return full.startsWith(base) ? full.slice(base.length) : null;
    } catch {
      return null;
    }
  };

  // Pages: each html URL is a page the build produces.
  for (const u of pageUrls) {
    const rel = relPath(u.href);
    if (!rel || !(rel in pages)) {
      if (Object.keys(pages).length) errors.push(`page "${u.href}" is not one the build produces (${Object.keys(pages).join(', ')})`);
      continue;
    }
    if (!fs.existsSync(path.join(root, pages[rel]))) errors.push(`page "${rel}" comes from ${pages[rel]}, which does not exist`);
  }

  // Icons: every list has 16/32/80; each file exists with the size the manifest gives it.
  const icons = [];
  for (const list of byName('Icon')) {
    const sizes = list.children.filter((c) => local(c.name) === 'Image').map((c) => Number(c.attrs.size));
    for (const s of REQUIRED_ICON_SIZES) {
      if (!sizes.includes(s)) errors.push(`<Icon> at line ${list.line} has no ${s}-pixel image (16, 32 and 80 are required)`);
    }
    for (const img of list.children.filter((c) => local(c.name) === 'Image')) {
      const res = resources.Images.get(img.attrs.resid);
      if (res) icons.push({ url: res.attrs.DefaultValue, size: Number(img.attrs.size), line: img.line });
    }
  }
  const iconUrl = byName('IconUrl')[0];
  if (iconUrl) icons.push({ url: iconUrl.attrs.DefaultValue, size: 32, line: iconUrl.line });
  else errors.push('no <IconUrl>');
  const hiRes = byName('HighResolutionIconUrl')[0];
  if (hiRes) icons.push({ url: hiRes.attrs.DefaultValue, size: 64, line: hiRes.line });
  for (const icon of icons) {
    const rel = relPath(icon.url);
    if (!rel) {
      errors.push(`icon "${icon.url}" is not under the add-in's base ${base}`);
      continue;
    }
    const file = path.join(root, rel);
    if (!fs.existsSync(file)) {
      errors.push(`icon "${icon.url}" (line ${icon.line}): ${rel} does not exist`);
      continue;
    }
    const size = pngSize(file);
    if (!size) errors.push(`icon ${rel} is not a PNG`);
    else if (size.width !== icon.size || size.height !== icon.size) {
      errors.push(`icon ${rel} is ${size.width}×${size.height}; the manifest uses it as ${icon.size}×${icon.size} (line ${icon.line})`);
    }
  }

  const functionNames = byName('FunctionName').map((e) => e.text.trim());
  const fnActions = byName('Action').filter((a) => a.attrs['xsi:type'] === 'ExecuteFunction');
  if (fnActions.length && !byName('FunctionFile').length) errors.push('ExecuteFunction buttons need a <FunctionFile>');

  return { errors, origin, base, urls: urls.map((u) => u.url), functionNames, icons };
}

// ---------------------------------------------------------------------------------------------------------
// xmllint against the Office schemas

/** Where the Office XML schemas are, relative to the project: ../shared/office-schemas (not in a user's clone). */
function officeSchemasDir(root = path.resolve(__dirname, '..')) {
  const dir = path.resolve(root, '..', 'shared', 'office-schemas');
  return fs.existsSync(path.join(dir, 'OfficeAppManifestV1_1.xsd')) ? dir : null;
}

function xmllintAvailable() {
  const r = spawnSync('xmllint', ['--version'], { encoding: 'utf8' });
  return !r.error && r.status === 0;
}

/**
 * @returns {{skipped: string} | {ok: boolean, status: number, output: string}}
 *   skipped (with the reason) when xmllint or the schemas are not there.
 */
function validateWithSchema(manifestFile, root = path.resolve(__dirname, '..')) {
  const dir = officeSchemasDir(root);
  if (!xmllintAvailable()) return { skipped: 'xmllint is not installed (Debian/Ubuntu: apt-get install libxml2-utils)' };
  if (!dir) {
    return {
      skipped: `the Office manifest schemas are not at ${path.resolve(root, '..', 'shared', 'office-schemas')} (they come with the project's shared folder, not with a clone)`,
    };
  }
  const r = spawnSync('xmllint', ['--noout', '--schema', path.join(dir, 'OfficeAppManifestV1_1.xsd'), manifestFile], { encoding: 'utf8' });
  return { ok: r.status === 0, status: r.status ?? -1, output: `${r.stdout}${r.stderr}`.trim() };
}

module.exports = { parseXml, readManifestFacts, pngSize, checkManifestStructure, validateWithSchema, officeSchemasDir, xmllintAvailable, REQUIRED_ICON_SIZES };
