// Times dockerfile-ast's parser and dockerfile-utils' validator over the shared corpus (median of runs).
const fs = require('fs'); const path = require('path');
const { DockerfileParser } = require('dockerfile-ast');
const utils = require('dockerfile-utils');
const root = process.argv[2];
const files = fs.readFileSync(path.join(root, 'real', 'MANIFEST.tsv'), 'utf8').split('\n').slice(1).filter(l => l).map(l => l.split('\t')[0]);
const texts = files.map(f => fs.readFileSync(path.join(root, 'real', f), 'utf8'));
const bytes = files.reduce((s, f) => s + fs.statSync(path.join(root, 'real', f)).size, 0);
function median(a) { a.sort((x, y) => x - y); return a[Math.floor(a.length / 2)]; }
function time(fn, runs) { const t = []; for (let r = 0; r < runs; r++) { const s = process.hrtime.bigint(); fn(); t.push(Number(process.hrtime.bigint() - s) / 1e6); } return median(t); }
const parseMs = time(() => { for (const t of texts) DockerfileParser.parse(t); }, 7);
const validateMs = time(() => { for (const t of texts) utils.validate(t); }, 3);
console.log(`files ${texts.length}, bytes ${bytes}`);
console.log(`dockerfile-ast parse: median ${parseMs.toFixed(0)} ms, ${(bytes / 1e6 / (parseMs / 1000)).toFixed(2)} MB/s`);
console.log(`dockerfile-utils validate: median ${validateMs.toFixed(0)} ms`);
