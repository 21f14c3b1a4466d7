// Finds the dfa executable: the dfa.path setting when it is set, else `dfa` on PATH.
// Kept free of the vscode API so that it can be tested with plain node.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

/** Where the executable was found, or why it was not. */
export type Resolution =
    | { found: true; command: string }
    | { found: false; message: string };

function isExecutableFile(file: string): boolean {
    try {
        if (!fs.statSync(file).isFile()) {
            return false;
        }
        if (process.platform === 'win32') {
            return true;
        }
        fs.accessSync(file, fs.constants.X_OK);
        return true;
    } catch {
        return false;
    }
}

/** The names to try for `name` in one folder: with each PATHEXT extension on Windows. */
function candidates(folder: string, name: string, env: NodeJS.ProcessEnv): string[] {
    const base = path.join(folder, name);
    if (process.platform !== 'win32' || path.extname(name) !== '') {
        return [base];
    }
    const extensions = (env.PATHEXT ?? '.COM;.EXE;.BAT;.CMD').split(';').filter(e => e !== '');
    return [base, ...extensions.map(e => base + e.toLowerCase()), ...extensions.map(e => base + e)];
}

/** Looks `name` up in the folders of PATH. */
export function findOnPath(name: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
    const searchPath = env.PATH ?? env.Path ?? '';
    for (const folder of searchPath.split(path.delimiter)) {
        if (folder === '') {
            continue;
        }
        for (const file of candidates(folder, name, env)) {
            if (isExecutableFile(file)) {
                return file;
            }
        }
    }
    return undefined;
}

/**
 * Resolves the dfa executable. `setting` is the dfa.path value: empty means `dfa` on PATH; a leading `~` is the
 * home folder; a relative path with a folder part is relative to `workspaceFolder`; a bare name is looked up on PATH.
 */
export function resolveDfa(setting: string, workspaceFolder: string | undefined, env: NodeJS.ProcessEnv = process.env): Resolution {
    const value = setting.trim();
    if (value === '') {
        const onPath = findOnPath('dfa', env);
        return onPath !== undefined
            ? { found: true, command: onPath }
            : { found: false, message: 'dfa was not found on PATH. Install it (dotnet tool install -g dfa --source ./artifacts, see the README) or set "dfa.path" to the dfa executable.' };
    }
    let file = value.startsWith('~') ? path.join(os.homedir(), value.slice(1)) : value;
    if (!path.isAbsolute(file) && !file.includes('/') && !file.includes('\\')) {
        const onPath = findOnPath(file, env);
        return onPath !== undefined
            ? { found: true, command: onPath }
            : { found: false, message: `"dfa.path" is "${value}", which was not found on PATH.` };
    }
    if (!path.isAbsolute(file) && workspaceFolder !== undefined) {
        file = path.join(workspaceFolder, file);
    }
    if (!fs.existsSync(file)) {
        return { found: false, message: `"dfa.path" is "${value}", but ${file} does not exist.` };
    }
    if (!isExecutableFile(file)) {
        return { found: false, message: `"dfa.path" is "${value}", but ${file} is not an executable file.` };
    }
    return { found: true, command: file };
}
