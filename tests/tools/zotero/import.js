// Imports a file with Zotero's import translators (whichever detects the file, as Zotero's "Import..." does) and writes
// the imported items as Zotero API JSON into OUT: regular items, and notes with their parentItem.
// Exit code 2 when no translator accepts the file ("not in a supported format" in Zotero).
// Usage: node import.js FILE OUT
'use strict';
const fs = require('fs');

// The translation runtime logs every step on stdout: silence it.
console.log = console.info = console.debug = console.warn = () => {};
process.stdout.write = () => true;

const translators = require('zotero-translators');
const data = fs.readFileSync(process.argv[2], 'utf8');
translators.referenceImport(data).then(
  (items) => { fs.writeFileSync(process.argv[3], JSON.stringify(items || [])); process.exit(0); },
  (e) => { process.stderr.write('import failed: ' + (e && e.stack || e) + '\n'); process.exit(2); });
