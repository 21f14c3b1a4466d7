// Formats the shared corpus (the files of real/MANIFEST.tsv) with dprint's Dockerfile plugin (@dprint/dockerfile, the
// Wasm build, through @dprint/formatter) and, in the same run, with ours (the benchmark project's --format-loop, and
// the dfa command line as a whole process). Prints the medians and the ratio.
//   node format-bench.js ../../../shared/corpus [path/to/dfa]
const fs = require('fs'); const path = require('path'); const { execFileSync } = require('child_process');
const { createFromBuffer } = require('@dprint/formatter');
const dockerfile = require('@dprint/dockerfile');

const root = process.argv[2];
const dfa = process.argv[3] === '--dprint-once' ? undefined : process.argv[3];
const once = process.argv[3] === '--dprint-once';
const files = fs.readFileSync(path.join(root, 'real', 'MANIFEST.tsv'), 'utf8').split('\n').slice(1).filter(l => l).map(l => l.split('\t')[0]);
const texts = files.map(f => fs.readFileSync(path.join(root, 'real', f), 'utf8'));
const bytes = texts.reduce((s, t) => s + Buffer.byteLength(t), 0);
function median(a) { a = [...a].sort((x, y) => x - y); return a[Math.floor(a.length / 2)]; }
function ms(start) { return Number(process.hrtime.bigint() - start) / 1e6; }

let start = process.hrtime.bigint();
const formatter = createFromBuffer(fs.readFileSync(dockerfile.getPath()));
formatter.setConfig({}, {});
const loadMs = ms(start);

// dprint stops at text it cannot parse; such files count as done (their time is spent all the same).
let failed = 0;
function formatAll() {
  failed = 0;
  for (const t of texts) {
    try { formatter.formatText({ filePath: 'Dockerfile', fileText: t }); } catch { failed++; }
  }
}

const first = process.hrtime.bigint(); formatAll(); const firstMs = ms(first);
if (once) { process.exit(0); }
const runs = [];
for (let r = 0; r < 9; r++) { const s = process.hrtime.bigint(); formatAll(); runs.push(ms(s)); }
const dprintMs = median(runs);
console.log(`files ${texts.length}, bytes ${bytes}`);
console.log(`dprint (@dprint/dockerfile ${require('@dprint/dockerfile/package.json').version}): load ${loadMs.toFixed(0)} ms, first pass ${firstMs.toFixed(0)} ms, steady median of 9 ${dprintMs.toFixed(1)} ms, ${failed} files it could not format`);

// Ours in the same run: in-process steady state (best of 40 passes, after the JIT warms up) ...
const benchProject = path.join(__dirname, '..', 'Dockerfile.Benchmarks');
const out = execFileSync('dotnet', ['run', '-c', 'Release', '--project', benchProject, '--', '--format-loop', '40'], { encoding: 'utf8', cwd: __dirname });
const oursMs = Number(/([0-9.]+) ms/.exec(out)[1]);
console.log(`ours (DockerfileFormatter, parse + format + text): best of 40 ${oursMs.toFixed(1)} ms`);
console.log(`in-process steady state: ours is ${(dprintMs / oursMs).toFixed(1)}x faster than dprint`);

// ... and whole processes: dfa format --check over every file (exit 1: files would change), against node loading
// the plugin and formatting every file once.
if (dfa) {
  const wholeDfa = [];
  for (let r = 0; r < 5; r++) {
    const s = process.hrtime.bigint();
    try { execFileSync(dfa, ['format', '--check', ...files], { cwd: path.join(root, 'real'), stdio: 'ignore' }); } catch { }
    wholeDfa.push(ms(s));
  }
  const wholeDprint = [];
  for (let r = 0; r < 5; r++) {
    const s = process.hrtime.bigint();
    execFileSync(process.execPath, [__filename, root, '--dprint-once'], { stdio: 'ignore' });
    wholeDprint.push(ms(s));
  }
  console.log(`whole process: dfa format --check ${median(wholeDfa).toFixed(0)} ms, node + dprint once ${median(wholeDprint).toFixed(0)} ms (medians of 5): ${(median(wholeDprint) / median(wholeDfa)).toFixed(1)}x`);
}
