// Builds claimcheck's first administrative level (states, provinces, governorates, oblasts) from
// an open data set on the npm registry:
//   country-region-data 4.1.0 (Benjamin Keen; MIT)
// Usage: cd tools/gazetteer && npm install && node build-admin1.mjs > ../../core/src/main/resources/io/claimcheck/extract/admin1.tsv
//
// Output, one division per line, tab-separated:
//   A  <name, ASCII-folded>  <ISO alpha-2 of its country>  <short code>
// Names are folded to ASCII (news in English rarely prints diacritics); a name may occur in
// several countries (homonyms stay apart by country).
import { createRequire } from 'module';
const require = createRequire(import.meta.url);
const data = require('country-region-data/data.json');

const fold = s => s.normalize('NFD').replace(/[\u0300-\u036f\u02bf\u02be\u02bc]/g, '').replace(/[^\x20-\x7e]/g, '');
const lines = [];
for (const c of data) {
  for (const r of c.regions) {
    const name = fold(r.name).trim();
    if (!/^[A-Z][A-Za-z .'-]+$/.test(name)) continue;
    lines.push(['A', name, c.countryShortCode, r.shortCode || ''].join('\t'));
  }
}
lines.sort();
process.stdout.write('# claimcheck first administrative level: country-region-data 4.1.0 (MIT, Benjamin Keen).\n');
process.stdout.write('# Built by tools/gazetteer/build-admin1.mjs.\n');
process.stdout.write(lines.join('\n') + '\n');
