#!/usr/bin/env node
'use strict';
/**
 * npm run validate:manifest [-- path/to/manifest.xml]
 * 1. xmllint against the Office XML schemas in ../shared/office-schemas (skipped, with the reason, when
 *    xmllint or the schemas are missing — a user's clone has no ../shared);
 * 2. office-addin-manifest's reading of it (type, host, permissions, id, default page) and our own structural
 *    checks (scripts/manifest-check.js), which run everywhere, offline.
 * Exit code 0 when all pass (or the schema step is skipped), 1 otherwise. `npm run validate` is Microsoft's
 * online validation (office-addin-manifest validate; needs the internet).
 */
const fs = require('fs');
const path = require('path');
const { checkManifestStructure, readManifestFacts, validateWithSchema } = require('./manifest-check');
const { PAGE_SOURCES } = require('../webpack.config');

const ROOT = path.resolve(__dirname, '..');
const file = path.resolve(process.argv[2] || path.join(ROOT, 'manifest.xml'));
let failed = false;

const schema = validateWithSchema(file, ROOT);
if ('skipped' in schema) {
  console.log(`schema check skipped: ${schema.skipped}`);
} else if (schema.ok) {
  console.log(`schema: ${path.relative(process.cwd(), file)} validates against OfficeAppManifestV1_1.xsd`);
} else {
  failed = true;
  console.log(`schema: FAILED (xmllint exit ${schema.status})\n${schema.output}`);
}

const structure = checkManifestStructure(fs.readFileSync(file, 'utf8'), { root: ROOT, pages: PAGE_SOURCES });
if (structure.errors.length === 0) {
  console.log(
    `structure: ok — origin ${structure.origin}, ${structure.urls.length} URLs, ${structure.icons.length} icon uses, ` +
      `functions ${structure.functionNames.join(', ')}`,
  );
} else {
  failed = true;
  console.log(`structure: ${structure.errors.length} problem(s)`);
  for (const e of structure.errors) console.log(`  - ${e}`);
}
readManifestFacts(file).then(
  ({ info, errors }) => {
    if (errors.length === 0) console.log(`office-addin-manifest: ${info.displayName} ${info.version} (${info.id}), ${info.officeAppType} for ${(info.hosts ?? []).join(', ')}`);
    else {
      failed = true;
      console.log(`office-addin-manifest: ${errors.length} problem(s)`);
      for (const e of errors) console.log(`  - ${e}`);
    }
    process.exit(failed ? 1 : 0);
  },
  (e) => {
    console.log(`office-addin-manifest could not read ${file}: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  },
);
