// Reads a BibTeX or RIS file with citation-js (an independent parser) and prints, as JSON, what the
// Publisher tests compare: title, authors, year, DOI and URL of every record, in file order.
// Usage: node read.js bibtex|ris FILE
'use strict';
const fs = require('fs');
const { Cite, plugins } = require('@citation-js/core');
require('@citation-js/plugin-bibtex');
require('@citation-js/plugin-ris');

const [format, file] = process.argv.slice(2);
const text = fs.readFileSync(file, 'utf8');
const type = format === 'ris' ? '@ris/file' : '@biblatex/text';
const items = plugins.input.chain(text, { forceType: type, generateGraph: false });
const out = items.map((item) => ({
  title: item.title || null,
  authors: (item.author || []).map((a) => a.literal || [a['dropping-particle'], a['non-dropping-particle'], a.family].filter(Boolean).join(' ')),
  year: item.issued && item.issued['date-parts'] && item.issued['date-parts'][0] ? item.issued['date-parts'][0][0] : null,
  doi: item.DOI || null,
  url: item.URL || null,
}));
process.stdout.write(JSON.stringify(out));
