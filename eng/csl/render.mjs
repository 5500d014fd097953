// Renders a bibliography with citeproc-js (npm package citeproc) and an official CSL style, one entry per line, as
// plain text. Used to make the golden files of the built-in styles. Usage:
//   node render.mjs CITEPROC_DIR STYLE.csl LOCALES_DIR ITEMS.json > golden.txt
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';

const [citeprocDir, stylePath, localesDir, itemsPath] = process.argv.slice(2);
const require = createRequire(path.join(path.resolve(citeprocDir), 'index.js'));
const CSL = require('citeproc');
const items = JSON.parse(fs.readFileSync(itemsPath, 'utf8'));
const byId = new Map(items.map((item) => [String(item.id), item]));
const sys = {
  retrieveLocale: (lang) => {
    const file = path.join(localesDir, `locales-${lang}.xml`);
    return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : false;
  },
  retrieveItem: (id) => byId.get(String(id)),
};
const engine = new CSL.Engine(sys, fs.readFileSync(stylePath, 'utf8'));
engine.setOutputFormat('text');
engine.updateItems(items.map((item) => String(item.id)));
const [, entries] = engine.makeBibliography();
process.stdout.write(entries.map((entry) => entry.trim().replace(/\n/g, ' ')).join('\n') + '\n');
