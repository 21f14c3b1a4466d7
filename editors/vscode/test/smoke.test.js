// Loads the bundled extension (dist/extension.js) with a stand-in for the vscode module and checks what a user
// sees when dfa is missing, plus the executable lookup (out/executable.js). Run with `npm test` after `npm run compile`.
'use strict';
const test = require('node:test');
const assert = require('node:assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const Module = require('module');

function fakeVscode(settings) {
    const shown = [];
    const commands = new Map();
    const disposable = { dispose() { } };
    const vscode = {
        shown,
        commands: {
            registerCommand(name, fn) { commands.set(name, fn); return disposable; },
            executeCommand: async () => undefined,
            registered: commands,
        },
        window: {
            createOutputChannel: () => ({ info() { }, warn() { }, error() { }, appendLine() { }, show() { }, dispose() { } }),
            showErrorMessage: async (message, ...items) => { shown.push({ message, items }); return undefined; },
        },
        workspace: {
            workspaceFolders: undefined,
            getConfiguration: () => ({ get: (key, fallback) => (key in settings ? settings[key] : fallback) }),
            onDidChangeConfiguration: () => disposable,
            createFileSystemWatcher: () => disposable,
        },
    };
    // vscode-languageclient extends some vscode classes and reads enums when it loads: anything the stand-in does
    // not define is an empty class.
    return new Proxy(vscode, { get: (target, name) => (name in target ? target[name] : class { }) });
}

function loadExtension(vscode) {
    const bundle = path.join(__dirname, '..', 'dist', 'extension.js');
    const original = Module._load;
    Module._load = function (request, parent, isMain) {
        return request === 'vscode' ? vscode : original.call(this, request, parent, isMain);
    };
    try {
        delete require.cache[bundle];
        return require(bundle);
    } finally {
        Module._load = original;
    }
}

test('activation without dfa on PATH shows one error naming dfa.path and registers the commands', async () => {
    const savedPath = process.env.PATH;
    process.env.PATH = fs.mkdtempSync(path.join(os.tmpdir(), 'no-dfa-'));
    try {
        const vscode = fakeVscode({});
        const extension = loadExtension(vscode);
        await extension.activate({ subscriptions: [] });
        assert.strictEqual(vscode.shown.length, 1);
        assert.match(vscode.shown[0].message, /^dfa: dfa was not found on PATH\..*"dfa\.path"/);
        assert.deepStrictEqual(vscode.shown[0].items, ['Open Settings']);
        assert.ok(vscode.commands.registered.has('dfa.restartServer'));
        assert.ok(vscode.commands.registered.has('dfa.showOutput'));
        await extension.deactivate();
    } finally {
        process.env.PATH = savedPath;
    }
});

test('a dfa.path that does not exist is reported with the path', async () => {
    const vscode = fakeVscode({ path: '/nonexistent/dfa' });
    const extension = loadExtension(vscode);
    await extension.activate({ subscriptions: [] });
    assert.strictEqual(vscode.shown.length, 1);
    assert.match(vscode.shown[0].message, /"dfa\.path" is "\/nonexistent\/dfa", but \/nonexistent\/dfa does not exist\./);
});

test('resolveDfa finds an executable on PATH and refuses a file that is not executable', { skip: process.platform === 'win32' }, () => {
    const { resolveDfa } = require('../out/executable.js');
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'dfa-bin-'));
    const dfa = path.join(folder, 'dfa');
    fs.writeFileSync(dfa, '#!/bin/sh\n', { mode: 0o755 });
    const notExecutable = path.join(folder, 'plain');
    fs.writeFileSync(notExecutable, 'x', { mode: 0o644 });
    assert.deepStrictEqual(resolveDfa('', undefined, { PATH: folder }), { found: true, command: dfa });
    assert.deepStrictEqual(resolveDfa('dfa', undefined, { PATH: folder }), { found: true, command: dfa });
    assert.deepStrictEqual(resolveDfa('bin/dfa', path.dirname(folder), { PATH: '' }).found, false);
    assert.deepStrictEqual(resolveDfa(path.basename(folder) + '/dfa', path.dirname(folder), { PATH: '' }), { found: true, command: dfa });
    const refused = resolveDfa(notExecutable, undefined, { PATH: '' });
    assert.strictEqual(refused.found, false);
    assert.match(refused.message, /is not an executable file/);
    assert.strictEqual(resolveDfa('', undefined, { PATH: '' }).found, false);
    fs.rmSync(folder, { recursive: true, force: true });
});
