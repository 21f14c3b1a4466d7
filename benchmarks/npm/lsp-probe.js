#!/usr/bin/env node
// End-to-end language server probe: starts each server as its own process, talks to it over stdio with
// vscode-jsonrpc, and times what an editor sees on a generated Dockerfile (whole process, over the wire).
//
//   node lsp-probe.js [--lines 2000] [--edits 50] [--repeat 5] [--only node|dfa] [--dfa COMMAND ARGS...]
//
// Servers: dockerfile-language-server-nodejs from this folder's node_modules, and `dfa lsp` (the command after
// --dfa, else `dfa` on PATH). Both run in the same invocation, one after the other, on the same text.
// Measured per server: edit -> publishDiagnostics latency of one-character edits inside a RUN (each edit waits for
// the diagnostics of its version before the next is sent; dfa's debounce is set to 0 through workspace/configuration),
// semanticTokens/full and the other requests the server advertises (median of --repeat runs), and the server
// process's peak resident memory (VmHWM in /proc/PID/status, read before shutdown). Last, the floor under the edit
// latency: an idle node process sends the server's last publish, byte for byte, over the same kind of pipe and reader.
'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawn } = require('child_process');
const { pathToFileURL } = require('url');
const rpc = require('vscode-jsonrpc/node');

const WAIT_MS = 60000;

function parseArguments(argv) {
    const options = { lines: 2000, edits: 50, repeat: 5, only: undefined, dfa: ['dfa'] };
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        if (arg === '--lines') options.lines = Number(argv[++i]);
        else if (arg === '--edits') options.edits = Number(argv[++i]);
        else if (arg === '--repeat') options.repeat = Number(argv[++i]);
        else if (arg === '--only') options.only = argv[++i];
        else if (arg === '--dfa') { options.dfa = argv.slice(i + 1); break; }
        else throw new Error(`unknown argument ${arg}`);
    }
    return options;
}

/**
 * A Dockerfile of exactly `lines` lines: repeated stages with ARG/ENV/LABEL, COPY --from, multi-line RUNs with
 * continuations and variables, so that every instruction kind a real file has appears many times. Returns the text
 * and the position (0-based line, character) of the end of a word inside a RUN near the middle, where edits go.
 */
function generate(lines) {
    const out = [];
    out.push('# syntax=docker/dockerfile:1');
    out.push('ARG BASE_TAG=3.20');
    let stage = 0;
    let editLine = -1;
    while (out.length < lines) {
        const name = `stage${stage}`;
        const block = [
            `FROM alpine:\${BASE_TAG} AS ${name}`,
            `ARG VERSION_${stage}=1.${stage}.0`,
            `ENV APP_HOME=/opt/app${stage} PATH=/opt/app${stage}/bin:$PATH`,
            `LABEL org.opencontainers.image.version="\${VERSION_${stage}}" stage="${name}"`,
            'WORKDIR $APP_HOME',
            `RUN apk add --no-cache curl git \\`,
            `    && echo "building ${name} version \${VERSION_${stage}}" \\`,
            `    && mkdir -p "$APP_HOME/bin" "$APP_HOME/data" \\`,
            '    && rm -rf /tmp/*',
            stage > 0 ? `COPY --from=stage${stage - 1} /opt/app${stage - 1}/bin/ ./bin/` : 'COPY . .',
            `RUN --mount=type=cache,target=/root/.cache echo step${stage} > "$APP_HOME/data/step"`,
            'EXPOSE 8080',
            `HEALTHCHECK --interval=30s CMD wget -q -O- http://localhost:8080/health || exit 1`,
            'USER nobody',
            `CMD ["/opt/app${stage}/bin/server", "--port", "8080"]`,
            '',
        ];
        for (const line of block) {
            if (out.length >= lines) break;
            out.push(line);
        }
        stage++;
    }
    // The echo line of the stage nearest the middle: edits go at the end of its word "building".
    const middle = Math.floor(lines / 2);
    for (let i = middle; i < out.length; i++) {
        if (out[i].startsWith('    && echo "building ')) { editLine = i; break; }
    }
    const character = out[editLine].indexOf('building') + 'building'.length;
    return { text: out.join('\n') + '\n', edit: { line: editLine, character } };
}

function median(values) {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.floor((sorted.length - 1) / 2)];
}

function percentile(values, p) {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];
}

function now() {
    return Number(process.hrtime.bigint()) / 1e6;
}

function withTimeout(promise, what) {
    let timer;
    const timeout = new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(`${what}: no answer within ${WAIT_MS} ms`)), WAIT_MS); });
    return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function peakMemoryMiB(pid) {
    try {
        const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
        const match = /VmHWM:\s+(\d+) kB/.exec(status);
        return match ? Number(match[1]) / 1024 : null;
    } catch {
        return null;
    }
}

async function probe(label, command, args, text, edit, options, folder) {
    const file = path.join(folder, 'Dockerfile');
    fs.writeFileSync(file, text);
    const uri = pathToFileURL(file).href;
    const started = now();
    const child = spawn(command, args, { cwd: folder, stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', c => { stderr += c.toString(); });
    const spawnError = new Promise((_, reject) => child.on('error', e => reject(new Error(`${label}: could not start ${command}: ${e.message}`))));
    const exited = new Promise(resolve => child.on('exit', code => resolve(code)));
    const connection = rpc.createMessageConnection(new rpc.StreamMessageReader(child.stdout), new rpc.StreamMessageWriter(child.stdin));
    connection.onRequest('workspace/configuration', p => p.items.map(item => (item.section === 'dfa' ? { diagnostics: { debounceMs: 0 } } : null)));
    connection.onRequest('client/registerCapability', () => null);
    connection.onRequest('window/workDoneProgress/create', () => null);
    connection.onNotification('window/logMessage', () => { });
    let waiter;
    connection.onNotification('textDocument/publishDiagnostics', p => {
        if (p.uri !== uri || !waiter) return;
        // A server that sends versions is waited for at the version it was sent; one that sends none, at its next publish.
        if (p.version === undefined || p.version === null || p.version === waiter.version) {
            const w = waiter;
            waiter = undefined;
            const json = JSON.stringify(p);
            w.resolve({ at: now(), count: p.diagnostics.length, bytes: Buffer.byteLength(json), json, versioned: p.version !== undefined && p.version !== null });
        }
    });
    const diagnostics = version => withTimeout(new Promise(resolve => { waiter = { version, resolve }; }), `${label}: publishDiagnostics for version ${version}`);
    connection.listen();

    const init = await Promise.race([spawnError, withTimeout(connection.sendRequest('initialize', {
        processId: process.pid,
        rootUri: pathToFileURL(folder).href,
        workspaceFolders: [{ uri: pathToFileURL(folder).href, name: 'probe' }],
        capabilities: {
            workspace: { configuration: true },
            textDocument: {
                synchronization: { dynamicRegistration: false },
                publishDiagnostics: { versionSupport: true },
                hover: { contentFormat: ['markdown', 'plaintext'] },
                completion: { completionItem: { snippetSupport: true } },
                documentSymbol: { hierarchicalDocumentSymbolSupport: true },
                codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } }, dataSupport: true, resolveSupport: { properties: ['edit'] } },
                semanticTokens: { requests: { full: { delta: true }, range: true }, tokenTypes: ['keyword', 'variable', 'string', 'comment', 'parameter', 'property', 'namespace', 'class', 'operator', 'number', 'macro', 'function', 'type'], tokenModifiers: ['declaration', 'definition', 'deprecated', 'readonly'], formats: ['relative'] },
            },
        },
    }), `${label}: initialize`)]);
    const caps = init.capabilities;
    connection.sendNotification('initialized', {});
    const first = diagnostics(1);
    connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'dockerfile', version: 1, text } });
    const opened = await first;
    const openMs = opened.at - started;

    const latencies = [];
    let versioned = opened.versioned;
    let published = { count: opened.count, bytes: opened.bytes };
    for (let i = 0; i < options.edits; i++) {
        const version = i + 2;
        const position = { line: edit.line, character: edit.character + i };
        const done = diagnostics(version);
        const sent = now();
        connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range: { start: position, end: position }, text: 'x' }] });
        const got = await done;
        versioned = versioned && got.versioned;
        latencies.push(got.at - sent);
        published = { count: got.count, bytes: got.bytes, json: got.json };
    }

    // Positions in the text as it is after the edits (each inserted an x on the edited line).
    const lines = text.split('\n');
    const editedLine = lines[edit.line].slice(0, edit.character) + 'x'.repeat(options.edits) + lines[edit.line].slice(edit.character);
    const textDocument = { uri };
    const hoverAt = { line: edit.line, character: edit.line >= 0 ? 14 : 0 };
    const varAt = { line: edit.line, character: editedLine.indexOf('${VERSION_') + 3 };
    const lineCount = lines.length;
    const requests = [
        ['semanticTokens/full', !!caps.semanticTokensProvider?.full, { textDocument }],
        ['semanticTokens/range (100 lines)', !!caps.semanticTokensProvider?.range, { textDocument, range: { start: { line: edit.line - 50, character: 0 }, end: { line: edit.line + 50, character: 0 } } }, 'textDocument/semanticTokens/range'],
        ['hover (variable)', !!caps.hoverProvider, { textDocument, position: varAt }, 'textDocument/hover'],
        ['completion (in RUN)', !!caps.completionProvider, { textDocument, position: hoverAt }, 'textDocument/completion'],
        ['documentSymbol', !!caps.documentSymbolProvider, { textDocument }, 'textDocument/documentSymbol'],
        ['foldingRange', !!caps.foldingRangeProvider, { textDocument }, 'textDocument/foldingRange'],
        ['documentHighlight (variable)', !!caps.documentHighlightProvider, { textDocument, position: varAt }, 'textDocument/documentHighlight'],
        ['definition (variable)', !!caps.definitionProvider, { textDocument, position: varAt }, 'textDocument/definition'],
        ['references (variable)', !!caps.referencesProvider, { textDocument, position: varAt, context: { includeDeclaration: true } }, 'textDocument/references'],
        ['documentLink', !!caps.documentLinkProvider, { textDocument }, 'textDocument/documentLink'],
        ['codeAction (whole file)', !!caps.codeActionProvider, { textDocument, range: { start: { line: 0, character: 0 }, end: { line: lineCount, character: 0 } }, context: { diagnostics: [] } }, 'textDocument/codeAction'],
        ['inlayHint (100 lines)', !!caps.inlayHintProvider, { textDocument, range: { start: { line: edit.line - 50, character: 0 }, end: { line: edit.line + 50, character: 0 } } }, 'textDocument/inlayHint'],
    ];
    const timings = {};
    let fixAll;
    const time = async (name, method, params) => {
        const times = [];
        let bytes = 0;
        let answer;
        for (let r = 0; r < options.repeat; r++) {
            const s = now();
            answer = await withTimeout(connection.sendRequest(method, params), `${label}: ${name}`);
            times.push(now() - s);
            bytes = Buffer.byteLength(JSON.stringify(answer ?? null));
        }
        timings[name] = { median: median(times), first: times[0], bytes };
        return answer;
    };
    for (const [name, advertised, params, method] of requests) {
        if (!advertised) { timings[name] = null; continue; }
        const answer = await time(name, method ?? 'textDocument/semanticTokens/full', params);
        if (method === 'textDocument/codeAction') fixAll = (answer ?? []).find(a => a.kind === 'source.fixAll.dfa' || (a.kind ?? '').startsWith('source.fixAll'));
    }
    // What choosing "fix all" costs: the edit itself, from codeAction/resolve when the server computes it lazily.
    const resolves = !!caps.codeActionProvider?.resolveProvider;
    if (fixAll && resolves && !fixAll.edit) await time('codeAction/resolve (fix all)', 'codeAction/resolve', fixAll);
    else timings['codeAction/resolve (fix all)'] = null;
    const memory = peakMemoryMiB(child.pid);
    await withTimeout(connection.sendRequest('shutdown'), `${label}: shutdown`);
    connection.sendNotification('exit');
    const exitCode = await withTimeout(exited, `${label}: exit`);
    connection.dispose();
    return { label, openMs, latencies, versioned, published, timings, memory, exitCode, stderr };
}

/**
 * The floor under edit -> publishDiagnostics for a publish of this size: a node process that does no work sends the
 * same notification (the server's last publish, byte for byte) each time the client writes a byte, and the client
 * reads it with the same vscode-jsonrpc reader. The median round trip is what the pipe, the framing and the client's
 * parsing cost, whichever server sends it.
 */
async function transportFloor(json, rounds) {
    const body = Buffer.from(`{"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":${json}}`, 'utf8');
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'lsp-floor-')), 'message');
    fs.writeFileSync(file, Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]));
    const script = "const m = require('fs').readFileSync(process.argv[1]); process.stdin.on('data', c => { for (let i = 0; i < c.length; i++) process.stdout.write(m); });";
    const child = spawn(process.execPath, ['-e', script, file], { stdio: ['pipe', 'pipe', 'inherit'] });
    const connection = rpc.createMessageConnection(new rpc.StreamMessageReader(child.stdout), new rpc.StreamMessageWriter(child.stdin));
    let resolve;
    connection.onNotification('textDocument/publishDiagnostics', () => resolve(now()));
    connection.listen();
    const times = [];
    for (let i = 0; i < rounds + 10; i++) {
        const got = new Promise(r => { resolve = r; });
        const sent = now();
        child.stdin.write('x');
        const at = await withTimeout(got, 'transport floor');
        if (i >= 10) times.push(at - sent);
    }
    connection.dispose();
    child.kill();
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
    return median(times);
}

function fmt(ms) {
    return ms === null || ms === undefined ? '—' : ms < 10 ? ms.toFixed(2) : ms.toFixed(1);
}

async function main() {
    const options = parseArguments(process.argv.slice(2));
    const { text, edit } = generate(options.lines);
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'lsp-probe-'));
    const servers = [];
    if (options.only !== 'dfa') {
        servers.push(['dockerfile-language-server-nodejs 0.15.0', process.execPath, [require.resolve('dockerfile-language-server-nodejs/bin/docker-langserver'), '--stdio']]);
    }
    if (options.only !== 'node') {
        servers.push(['dfa lsp', options.dfa[0], [...options.dfa.slice(1), 'lsp']]);
    }
    const results = [];
    for (const [label, command, args] of servers) {
        results.push(await probe(label, command, args, text, edit, options, folder));
    }
    fs.rmSync(folder, { recursive: true, force: true });
    for (const r of results) {
        r.floor = r.published.json ? await transportFloor(r.published.json, options.edits) : null;
    }

    console.log(`Generated Dockerfile: ${options.lines} lines, ${text.length} characters; ${options.edits} one-character edits at line ${edit.line + 1} (inside a RUN); requests: median of ${options.repeat}.`);
    console.log(`node ${process.version}, ${os.cpus().length} cores (${os.cpus()[0].model}), load average ${os.loadavg().map(l => l.toFixed(2)).join(' ')}`);
    console.log('');
    const header = ['measure', ...results.map(r => r.label)];
    if (results.length === 2) header.push('ratio (node / dfa)');
    const rows = [];
    const add = (name, values) => {
        const row = [name, ...values.map(fmt)];
        if (results.length === 2) row.push(values[0] != null && values[1] != null && values[1] > 0 ? `${(values[0] / values[1]).toFixed(1)}x` : '—');
        rows.push(row);
    };
    add('open -> first publishDiagnostics (ms, includes start-up)', results.map(r => r.openMs));
    add('edit -> publishDiagnostics median (ms)', results.map(r => median(r.latencies)));
    add('edit -> publishDiagnostics p95 (ms)', results.map(r => percentile(r.latencies, 0.95)));
    for (const name of [...new Set(results.flatMap(r => Object.keys(r.timings)))]) {
        add(`${name} median (ms)`, results.map(r => r.timings[name]?.median ?? null));
    }
    add('server peak memory VmHWM (MiB)', results.map(r => r.memory));
    add('floor: the same last publish sent by an idle node process, median (ms)', results.map(r => r.floor));
    console.log(`| ${header.join(' | ')} |`);
    console.log(`|${header.map((_, i) => (i === 0 ? '---' : '---:')).join('|')}|`);
    for (const row of rows) console.log(`| ${row.join(' | ')} |`);
    console.log('');
    for (const r of results) {
        console.log(`${r.label}: the last publish held ${r.published.count} diagnostics (${r.published.bytes} bytes of JSON); answer sizes in bytes: ${Object.entries(r.timings).filter(([, t]) => t).map(([n, t]) => `${n} ${t.bytes}`).join(', ')}`);
        console.log(`${r.label}: diagnostics ${r.versioned ? 'carried the document version' : 'carried no version (each edit waited for the next publish)'}; exit code ${r.exitCode}; first requests (cold): ${Object.entries(r.timings).filter(([, t]) => t).map(([n, t]) => `${n} ${fmt(t.first)}`).join(', ')}`);
        if (r.exitCode !== 0 && r.stderr) console.log(r.stderr);
    }
}

main().catch(error => { console.error(`lsp-probe: ${error.message}`); process.exit(1); });
