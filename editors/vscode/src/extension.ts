// The dfa extension: starts `dfa lsp` over stdio and connects it to VS Code with vscode-languageclient.
import * as vscode from 'vscode';
import { LanguageClient, LanguageClientOptions, ServerOptions, TransportKind } from 'vscode-languageclient/node';
import { resolveDfa } from './executable';

let client: LanguageClient | undefined;
let output: vscode.LogOutputChannel | undefined;
let watcher: vscode.FileSystemWatcher | undefined;

function workspaceFolderPath(): string | undefined {
    return vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
}

async function start(): Promise<void> {
    const settings = vscode.workspace.getConfiguration('dfa');
    const resolution = resolveDfa(settings.get<string>('path', ''), workspaceFolderPath());
    if (!resolution.found) {
        output?.error(resolution.message);
        const choice = await vscode.window.showErrorMessage(`dfa: ${resolution.message}`, 'Open Settings');
        if (choice === 'Open Settings') {
            await vscode.commands.executeCommand('workbench.action.openSettings', 'dfa.path');
        }
        return;
    }
    const extraArgs = settings.get<string[]>('args', []);
    const serverOptions: ServerOptions = {
        command: resolution.command,
        args: ['lsp', ...extraArgs],
        transport: TransportKind.stdio,
    };
    const clientOptions: LanguageClientOptions = {
        documentSelector: [
            { scheme: 'file', language: 'dockerfile' },
            { scheme: 'untitled', language: 'dockerfile' },
        ],
        // The server reads section "dfa" with workspace/configuration; this also sends didChangeConfiguration.
        synchronize: {
            configurationSection: 'dfa',
            fileEvents: watcher,
        },
        outputChannel: output,
    };
    // The id "dfa" makes the client read the standard "dfa.trace.server" setting.
    client = new LanguageClient('dfa', 'dfa language server', serverOptions, clientOptions);
    output?.info(`Starting ${resolution.command} ${['lsp', ...extraArgs].join(' ')}`);
    try {
        await client.start();
    } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        client = undefined;
        void vscode.window.showErrorMessage(`dfa: the language server (${resolution.command} lsp) did not start: ${message}`);
    }
}

async function stop(): Promise<void> {
    const running = client;
    client = undefined;
    if (running !== undefined) {
        try {
            await running.stop();
        } catch (error) {
            output?.warn(`The server did not stop cleanly: ${error instanceof Error ? error.message : String(error)}`);
        }
    }
}

async function restart(): Promise<void> {
    await stop();
    await start();
}

/** Called by VS Code when a Dockerfile opens (the language activation event) or a dfa command runs. */
export async function activate(context: vscode.ExtensionContext): Promise<void> {
    output = vscode.window.createOutputChannel('dfa', { log: true });
    context.subscriptions.push(output);
    // Configuration files the server reads: it is told when they change, so that diagnostics follow them.
    watcher = vscode.workspace.createFileSystemWatcher('**/{.editorconfig,.hadolint.yaml,.hadolint.yml,.dockerignore,*.dockerignore}');
    context.subscriptions.push(watcher);
    context.subscriptions.push(vscode.commands.registerCommand('dfa.restartServer', () => restart()));
    context.subscriptions.push(vscode.commands.registerCommand('dfa.showOutput', () => output?.show()));
    context.subscriptions.push(vscode.workspace.onDidChangeConfiguration(event => {
        if (event.affectsConfiguration('dfa.path') || event.affectsConfiguration('dfa.args')) {
            void restart();
        }
    }));
    await start();
}

/** Called by VS Code on shutdown: stops the server (shutdown, then exit). */
export function deactivate(): Promise<void> {
    return stop();
}
