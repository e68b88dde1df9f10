#!/usr/bin/env node
'use strict';
/**
 * npm run validate:manifest [-- path/to/manifest.xml]
 * 1. xmllint against the Office XML schemas in ../shared/office-schemas (skipped, with the reason, when
 *    xmllint or the schemas are missing — a user's clone has no ../shared);
 * 2. our own structural checks (scripts/manifest-check.js), which run everywhere.
 * Exit code 0 when both pass (or the schema step is skipped), 1 otherwise.
 */
const fs = require('fs');
const path = require('path');
const { checkManifestStructure, validateWithSchema } = require('./manifest-check');
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
process.exit(failed ? 1 : 0);
