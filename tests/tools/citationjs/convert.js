// Converts a BibTeX file to RIS with citation-js, the way its own CLI does (parse to CSL, format as RIS).
// 'publisher bench bib2ris' runs it on the same generated file as 'publisher convert', in the same run.
// Usage: node convert.js IN.bib OUT.ris
'use strict';
const fs = require('fs');
const { plugins } = require('@citation-js/core');
require('@citation-js/plugin-bibtex');
require('@citation-js/plugin-ris');

const [input, output] = process.argv.slice(2);
const items = plugins.input.chain(fs.readFileSync(input, 'utf8'), { forceType: '@biblatex/text', generateGraph: false });
fs.writeFileSync(output, plugins.output.format('ris', items));
process.stdout.write(`${items.length} entries\n`);
