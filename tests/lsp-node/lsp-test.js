#!/usr/bin/env node
// Drives a Dockerfile language server with npm's vscode-languageserver-protocol client, so that the framing and the
// message shapes are checked by a client we did not write.
//
//   node lsp-test.js --file DOCKERFILE --script SCRIPT.json [--out RESULT.json] [--allow-unversioned] -- SERVER ARGS...
//
// It starts the server, initializes, opens DOCKERFILE (version 1), sends each entry of the script's "edits" as one
// incremental didChange (versions 2, 3, ...), waits for the publishDiagnostics of the last version, asks for code
// actions, hover, completion, document symbols and semantic tokens where the server advertises them, then sends
// shutdown and exit and waits for the process to end. It writes what it saw as JSON (to --out, else standard output)
// and exits 1 with a message on standard error when the protocol itself went wrong (a request failed, a notification
// never came, the server did not exit with code 0). What the answers must contain is for the caller to judge.
'use strict';

const fs = require('fs');
const path = require('path');
const { spawn } = require('child_process');
const { pathToFileURL } = require('url');
const rpc = require('vscode-languageserver-protocol/node');

const WAIT_MS = 30000;

// What a failure reports besides its message.
let current;
let currentStderr = () => '';

function parseArguments(argv) {
    const options = { file: undefined, script: undefined, out: undefined, allowUnversioned: false, server: [] };
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        if (arg === '--') {
            options.server = argv.slice(i + 1);
            break;
        } else if (arg === '--file') {
            options.file = argv[++i];
        } else if (arg === '--script') {
            options.script = argv[++i];
        } else if (arg === '--out') {
            options.out = argv[++i];
        } else if (arg === '--allow-unversioned') {
            options.allowUnversioned = true;
        } else {
            throw new Error(`unknown argument ${arg}`);
        }
    }
    if (!options.file || !options.script || options.server.length === 0) {
        throw new Error('usage: node lsp-test.js --file DOCKERFILE --script SCRIPT.json [--out RESULT.json] [--allow-unversioned] -- SERVER ARGS...');
    }
    return options;
}

/** The offset of an LSP position (UTF-16 code units, as JavaScript strings count) in text. */
function offsetAt(text, position) {
    let line = 0;
    let offset = 0;
    while (line < position.line) {
        const next = text.slice(offset).search(/\r\n|\r|\n/);
        if (next < 0) {
            return text.length;
        }
        offset += next + (text.startsWith('\r\n', offset + next) ? 2 : 1);
        line++;
    }
    const rest = text.slice(offset);
    const end = rest.search(/\r\n|\r|\n/);
    const lineLength = end < 0 ? rest.length : end;
    return offset + Math.min(position.character, lineLength);
}

function applyChange(text, change) {
    const start = offsetAt(text, change.range.start);
    const end = offsetAt(text, change.range.end);
    return text.slice(0, start) + change.text + text.slice(end);
}

function lineCount(text) {
    return text.split(/\r\n|\r|\n/).length;
}

function withTimeout(promise, what) {
    let timer;
    const timeout = new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`${what}: no answer within ${WAIT_MS} ms`)), WAIT_MS);
    });
    return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function summarizeDiagnostic(d) {
    return {
        code: d.code === undefined ? null : String(d.code),
        severity: d.severity ?? null,
        source: d.source ?? null,
        message: d.message,
        range: d.range,
        codeDescription: d.codeDescription?.href ?? null,
        tags: d.tags ?? [],
    };
}

function hoverText(hover) {
    if (!hover) {
        return null;
    }
    const parts = Array.isArray(hover.contents) ? hover.contents : [hover.contents];
    return parts.map(p => (typeof p === 'string' ? p : p.value)).join('\n');
}

async function main() {
    const options = parseArguments(process.argv.slice(2));
    const file = path.resolve(options.file);
    const script = JSON.parse(fs.readFileSync(options.script, 'utf8'));
    const uri = pathToFileURL(file).href;
    let text = fs.readFileSync(file, 'utf8');
    const result = { server: options.server.map(a => path.basename(a)).join(' '), uri, steps: [] };
    current = result;
    const step = name => result.steps.push(name);

    const child = spawn(options.server[0], options.server.slice(1), { cwd: path.dirname(file), stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', chunk => { stderr += chunk.toString(); });
    currentStderr = () => stderr;
    const exited = new Promise(resolve => child.on('exit', (code, signal) => resolve({ code, signal })));
    let shuttingDown = false;
    exited.then(({ code, signal }) => {
        if (!shuttingDown) {
            fail(new Error(`the server exited (${code ?? signal}) before shutdown`));
        }
    });
    child.on('error', error => fail(new Error(`could not start ${options.server[0]}: ${error.message}`)));

    const connection = rpc.createProtocolConnection(new rpc.StreamMessageReader(child.stdout), new rpc.StreamMessageWriter(child.stdin));
    const protocolErrors = [];
    connection.onError(([error]) => protocolErrors.push(`connection error: ${error.message}`));

    // What the server asks of the client.
    const logMessages = [];
    connection.onNotification(rpc.LogMessageNotification.type, p => logMessages.push(p.message));
    connection.onNotification(rpc.ShowMessageNotification.type, p => logMessages.push(p.message));
    connection.onRequest(rpc.ConfigurationRequest.type, p => p.items.map(() => script.settings ?? {}));
    connection.onRequest(rpc.RegistrationRequest.type, () => null);
    connection.onRequest(rpc.UnregistrationRequest.type, () => null);
    connection.onRequest(rpc.WorkDoneProgressCreateRequest.type, () => null);
    connection.onRequest(rpc.SemanticTokensRefreshRequest.type, () => null);
    connection.onRequest(rpc.InlayHintRefreshRequest.type, () => null);
    connection.onRequest(rpc.DiagnosticRefreshRequest.type, () => null);
    connection.onNotification(rpc.TelemetryEventNotification.type, () => { });

    // publishDiagnostics waiters: each resolves on the first publish for the uri with the version it wants.
    const published = [];
    const latest = new Map();
    const waiters = [];
    connection.onNotification(rpc.PublishDiagnosticsNotification.type, p => {
        if (p.uri !== uri) {
            return;
        }
        published.push({ version: p.version ?? null, count: p.diagnostics.length });
        latest.set(p.version ?? null, p);
        for (const waiter of waiters.slice()) {
            if (p.version === waiter.version || (p.version === undefined && options.allowUnversioned)) {
                waiters.splice(waiters.indexOf(waiter), 1);
                waiter.resolve(p);
            }
        }
    });
    // A publish that came before its waiter (while a notification was being written) is taken from here.
    const diagnosticsFor = version => (latest.has(version)
        ? Promise.resolve(latest.get(version))
        : withTimeout(new Promise(resolve => waiters.push({ version, resolve })), `publishDiagnostics for version ${version}`));

    connection.listen();

    const init = await withTimeout(connection.sendRequest(rpc.InitializeRequest.type, {
        processId: process.pid,
        clientInfo: { name: 'dfa lsp-node test', version: '1' },
        rootUri: pathToFileURL(path.dirname(file)).href,
        workspaceFolders: [{ uri: pathToFileURL(path.dirname(file)).href, name: 'fixture' }],
        capabilities: {
            general: { positionEncodings: ['utf-16'] },
            workspace: { configuration: true, workspaceFolders: true, didChangeConfiguration: { dynamicRegistration: true } },
            textDocument: {
                synchronization: { dynamicRegistration: false, didSave: true },
                publishDiagnostics: { versionSupport: true, relatedInformation: true, codeDescriptionSupport: true, tagSupport: { valueSet: [1, 2] } },
                codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['', 'quickfix', 'source', 'source.fixAll'] } } },
                hover: { contentFormat: ['markdown', 'plaintext'] },
                completion: { completionItem: { snippetSupport: true, documentationFormat: ['markdown', 'plaintext'] } },
                documentSymbol: { hierarchicalDocumentSymbolSupport: true },
                semanticTokens: {
                    requests: { full: { delta: true }, range: true },
                    tokenTypes: ['keyword', 'variable', 'string', 'comment', 'parameter', 'property', 'namespace', 'class', 'operator', 'number', 'macro', 'function', 'type', 'label'],
                    tokenModifiers: ['declaration', 'definition', 'deprecated', 'readonly'],
                    formats: ['relative'],
                },
            },
        },
    }), 'initialize');
    step('initialize');
    const caps = init.capabilities;
    const sync = typeof caps.textDocumentSync === 'number' ? caps.textDocumentSync : caps.textDocumentSync?.change;
    result.serverInfo = init.serverInfo ?? null;
    result.capabilities = {
        textDocumentSync: sync ?? null,
        positionEncoding: caps.positionEncoding ?? null,
        codeAction: !!caps.codeActionProvider,
        hover: !!caps.hoverProvider,
        completion: !!caps.completionProvider,
        documentSymbol: !!caps.documentSymbolProvider,
        semanticTokensFull: !!caps.semanticTokensProvider?.full,
        diagnosticProvider: !!caps.diagnosticProvider,
    };
    if (sync !== rpc.TextDocumentSyncKind.Incremental) {
        throw new Error(`the server does not advertise incremental text sync (textDocumentSync change = ${sync})`);
    }
    await connection.sendNotification(rpc.InitializedNotification.type, {});
    step('initialized');

    // Open (version 1) and the edits (versions 2, 3, ...): every notification is sent before any diagnostics are
    // awaited, as a fast typist would, so a server that debounces may skip the versions in between.
    const opened = diagnosticsFor(1);
    await connection.sendNotification(rpc.DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'dockerfile', version: 1, text } });
    result.opened = (await opened).diagnostics.map(summarizeDiagnostic);
    step('didOpen: diagnostics for version 1');

    let version = 1;
    for (const changes of script.edits ?? []) {
        version++;
        for (const change of changes) {
            text = applyChange(text, change);
        }
        await connection.sendNotification(rpc.DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: changes });
    }
    const final = await diagnosticsFor(version);
    result.version = version;
    result.finalText = text;
    result.diagnostics = final.diagnostics.map(summarizeDiagnostic);
    result.published = published;
    step(`didChange x${version - 1}: diagnostics for version ${version}`);

    const textDocument = { uri };
    const whole = { start: { line: 0, character: 0 }, end: { line: lineCount(text), character: 0 } };
    if (result.capabilities.codeAction) {
        const actions = await withTimeout(connection.sendRequest(rpc.CodeActionRequest.type, { textDocument, range: whole, context: { diagnostics: final.diagnostics } }), 'codeAction') ?? [];
        result.codeActions = actions.map(a => ({ title: a.title, kind: a.kind ?? null, hasEdit: !!a.edit, command: a.command?.command ?? (typeof a.command === 'string' ? a.command : null) }));
        step('codeAction');
    }
    if (result.capabilities.hover && script.hover) {
        result.hover = hoverText(await withTimeout(connection.sendRequest(rpc.HoverRequest.type, { textDocument, position: script.hover }), 'hover'));
        step('hover');
    }
    if (result.capabilities.completion && script.completion) {
        const completion = await withTimeout(connection.sendRequest(rpc.CompletionRequest.type, { textDocument, position: script.completion }), 'completion');
        const items = Array.isArray(completion) ? completion : completion?.items ?? [];
        result.completion = items.map(i => i.label);
        step('completion');
    }
    if (result.capabilities.documentSymbol) {
        const symbols = await withTimeout(connection.sendRequest(rpc.DocumentSymbolRequest.type, { textDocument }), 'documentSymbol') ?? [];
        result.documentSymbols = symbols.map(s => ({ name: s.name, kind: s.kind, children: (s.children ?? []).length }));
        step('documentSymbol');
    }
    if (result.capabilities.semanticTokensFull) {
        const tokens = await withTimeout(connection.sendRequest(rpc.SemanticTokensRequest.type, { textDocument }), 'semanticTokens/full');
        const data = tokens?.data ?? [];
        if (data.length % 5 !== 0) {
            throw new Error(`semantic tokens data has ${data.length} integers, not a multiple of 5`);
        }
        let line = 0;
        for (let i = 0; i < data.length; i += 5) {
            line += data[i];
        }
        result.semanticTokens = { count: data.length / 5, lastLine: line, legend: caps.semanticTokensProvider.legend.tokenTypes };
        if (line >= lineCount(text)) {
            throw new Error(`a semantic token is on line ${line}, past the document's ${lineCount(text)} lines`);
        }
        step('semanticTokens/full');
    }

    shuttingDown = true;
    await withTimeout(connection.sendRequest(rpc.ShutdownRequest.type), 'shutdown');
    step('shutdown');
    await connection.sendNotification(rpc.ExitNotification.type);
    step('exit');
    const exit = await withTimeout(exited, 'process exit after the exit notification');
    connection.dispose();
    result.exitCode = exit.code;
    result.logMessages = logMessages;
    result.protocolErrors = protocolErrors;
    result.stderr = stderr;

    const json = JSON.stringify(result, null, 2) + '\n';
    if (options.out) {
        fs.writeFileSync(options.out, json);
    } else {
        process.stdout.write(json);
    }
    if (protocolErrors.length > 0) {
        throw new Error(protocolErrors.join('; '));
    }
    if (exit.code !== 0) {
        throw new Error(`the server exited with ${exit.code ?? exit.signal} after shutdown and exit`);
    }
}

function fail(error) {
    process.stderr.write(`lsp-test: ${error.message}\n`);
    if (current) {
        process.stderr.write(`lsp-test: steps done: ${current.steps.join(', ') || 'none'}\n`);
    }
    if (currentStderr()) {
        process.stderr.write(`lsp-test: the server's standard error:\n${currentStderr()}\n`);
    }
    process.exit(1);
}

main().then(() => process.exit(0), fail);
