// peer_readability.js - Readability.js (@mozilla/readability) with the
// linkedom DOM on the AEB pages: writes predictions (JSON Lines), prints
// pages/s (best of three passes after a warm-up) and max RSS.  Bench only.
const fs = require('fs');
const path = require('path');
const { Readability } = require('@mozilla/readability');
const { parseHTML } = require('linkedom');

const [aeb, out] = process.argv.slice(2);
const ids = fs.readFileSync(path.join(aeb, 'ground_truth.jsonl'), 'utf8')
  .split('\n').filter(Boolean).map((l) => JSON.parse(l).id);
const pages = ids.map((i) => fs.readFileSync(path.join(aeb, 'html', i + '.html'), 'utf8'));

function extract(html) {
  try {
    const { document } = parseHTML(html);
    const r = new Readability(document).parse();
    return r && r.textContent ? r.textContent : '';
  } catch (e) {
    return '';
  }
}

const preds = pages.map(extract);
let best = Infinity;
for (let k = 0; k < 3; k++) {
  const t = process.hrtime.bigint();
  for (const p of pages) extract(p);
  best = Math.min(best, Number(process.hrtime.bigint() - t) / 1e9);
}
fs.writeFileSync(out, ids.map((id, i) => JSON.stringify({ id, articleBody: preds[i] })).join('\n') + '\n');
const rss = process.resourceUsage().maxRSS / 1024;
console.log(`Readability.js+linkedom\t${(pages.length / best).toFixed(1)} pages/s\tmax RSS ${rss.toFixed(1)} MB`);
