'use strict';
/**
 * A Jest reporter that says, after the summary, whether the manifest was checked against the Office XML
 * schemas. The schemas (XSD) live in ../shared/office-schemas, outside the repository: their README gives no
 * licence for them, so they are not copied in, and in a plain clone test/manifest skips that check. That
 * skip must not pass unnoticed.
 */
const path = require('path');
const { officeSchemasDir, xmllintAvailable } = require('../../scripts/manifest-check');

class SchemaReporter {
  onRunComplete() {
    const root = path.resolve(__dirname, '..', '..');
    const dir = officeSchemasDir(root);
    const tool = xmllintAvailable();
    if (dir && tool) console.log(`\nmanifest schema check: ran (xmllint against ${path.relative(root, dir)})`);
    else {
      const why = !tool ? 'xmllint is not installed' : `no Office schemas at ${path.relative(root, path.resolve(root, '..', 'shared', 'office-schemas'))}`;
      console.log(`\nmanifest schema check: SKIPPED — ${why}. The XSDs are not in the repository (no licence stated with them); the structural checks ran.`);
    }
  }
}

module.exports = SchemaReporter;
