// Times citeproc-js (npm package citeproc) rendering the bibliography of ITEMS.json with a style, as the baseline of
// benchmarks/AseanAi.Citations.Benchmarks/CslBenchmarks. Usage: node bench.mjs CITEPROC_DIR STYLE.csl LOCALES_DIR ITEMS.json
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';

const [citeprocDir, stylePath, localesDir, itemsPath] = process.argv.slice(2);
const require = createRequire(path.join(path.resolve(citeprocDir), 'index.js'));
const CSL = require('citeproc');
const items = JSON.parse(fs.readFileSync(itemsPath, 'utf8'));
const byId = new Map(items.map((item) => [String(item.id), item]));
const style = fs.readFileSync(stylePath, 'utf8');
const sys = {
  retrieveLocale: (lang) => {
    const file = path.join(localesDir, `locales-${lang}.xml`);
    return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : false;
  },
  retrieveItem: (id) => byId.get(String(id)),
};
const run = () => {
  const engine = new CSL.Engine(sys, style);
  engine.setOutputFormat('text');
  engine.updateItems(items.map((item) => String(item.id)));
  return engine.makeBibliography()[1].length;
};
run(); // warm-up
const times = [];
for (let i = 0; i < 3; i++) {
  const start = process.hrtime.bigint();
  run();
  times.push(Number(process.hrtime.bigint() - start) / 1e9);
}
times.sort((a, b) => a - b);
const median = times[1];
console.log(`citeproc-js ${path.basename(stylePath)}: ${items.length} items, median ${median.toFixed(2)} s, ${(items.length / median).toFixed(0)} items/s`);
