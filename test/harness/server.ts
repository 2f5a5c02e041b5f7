// Starts code-server on a free loopback port with a fresh profile, and builds workbench addresses.
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { makeTempDir, removeDir } from './paths';

export interface CodeServer {
  /** `http://127.0.0.1:PORT` */
  origin: string;
  /** What the browser calls the remote side in `vscode-remote://` URIs: `127.0.0.1:PORT`. */
  authority: string;
  /** Settles with a description if code-server ends before `stop()` is called. */
  crashed: Promise<string>;
  stop(): Promise<void>;
}

export interface CodeServerOptions {
  /** The code-server entry script (see install.ts). */
  entry: string;
  /** User settings for the fresh profile. */
  settings?: Record<string, unknown>;
  /** The loopback port to listen on; default: any free one. */
  port?: number;
  /** Show code-server's own log lines (always shown when it fails to start). */
  verbose?: boolean;
  /** Receives what the Node extension host writes to stdout and stderr, line by line. */
  onExtensionHostOutput?: (line: string, stream: 'stdout' | 'stderr') => void;
  /** Keep workspace trust on, so the folder opens untrusted (tests of restricted mode); default off. */
  workspaceTrust?: boolean;
}

/** Quiet defaults for a profile that tests drive: nothing that takes focus or reaches the network. */
export const baseUserSettings: Record<string, unknown> = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'security.workspace.trust.enabled': false,
  'git.enabled': false,
  'editor.hover.delay': 300,
};

const listeningLine = /HTTP server listening on (http:\/\/127\.0\.0\.1:(\d+))\//;

export async function startCodeServer(options: CodeServerOptions): Promise<CodeServer> {
  const home = makeTempDir('cs');
  const userDataDir = path.join(home, 'u');
  const extensionsDir = path.join(home, 'e');
  fs.mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  fs.mkdirSync(extensionsDir);
  fs.writeFileSync(
    path.join(userDataDir, 'User', 'settings.json'),
    JSON.stringify({
      ...baseUserSettings,
      ...(options.workspaceTrust ? { 'security.workspace.trust.enabled': true } : {}),
      ...options.settings,
    }, null, 2),
  );
  const args = [
    options.entry,
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${options.port ?? 0}`,
    '--disable-telemetry',
    '--disable-update-check',
    ...(options.workspaceTrust ? [] : ['--disable-workspace-trust']),
    '--user-data-dir', userDataDir,
    '--extensions-dir', extensionsDir,
  ];
  const child = spawn(process.execPath, args, {
    // Its own process group, so stopping it also stops the extension host and pty host it starts.
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      HOME: home,
      XDG_CONFIG_HOME: path.join(home, 'config'),
      XDG_DATA_HOME: path.join(home, 'data'),
      XDG_CACHE_HOME: path.join(home, 'cache'),
    },
  });
  let stopping = false;
  const stop = async (): Promise<void> => {
    stopping = true;
    await stopProcessGroup(child);
    removeDir(home);
  };
  const recent: string[] = [];
  const crashed = new Promise<string>((resolve) => {
    child.once('exit', (code, signal) => {
      if (!stopping) resolve(`code-server exited (${code ?? signal}); its last lines:\n${recent.join('\n')}`);
    });
  });
  try {
    const verbose = options.verbose ?? Boolean(process.env.COPYDESK_HARNESS_VERBOSE);
    const origin = await waitForPort(child, verbose, options.onExtensionHostOutput, (line) => {
      recent.push(line);
      if (recent.length > 40) recent.shift();
    });
    return { origin, authority: new URL(origin).host, crashed, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

function waitForPort(
  child: ChildProcess,
  verbose: boolean,
  onExtensionHostOutput: CodeServerOptions['onExtensionHostOutput'],
  remember: (line: string) => void,
): Promise<string> {
  return new Promise((resolve, reject) => {
    const seen: string[] = [];
    let found = false;
    const hostOutput = onExtensionHostOutput ? extensionHostOutputParser(onExtensionHostOutput) : undefined;
    child.once('exit', () => hostOutput?.end());
    const onLine = (line: string): void => {
      remember(line);
      if (verbose) process.stderr.write(`[code-server] ${line}\n`);
      else if (!found) seen.push(line);
      const match = listeningLine.exec(line);
      if (match && !found) {
        found = true;
        resolve(match[1]!);
      }
    };
    // Extension host output is logged on stdout only; stderr carries the server's own complaints.
    forEachLine(child.stdout!, (line) => {
      onLine(line);
      hostOutput?.line(line);
    });
    forEachLine(child.stderr!, onLine);
    child.once('exit', (code, signal) => {
      if (!found) reject(new Error(`code-server exited before listening (${code ?? signal}):\n${seen.join('\n')}`));
    });
    child.once('error', reject);
  });
}

// code-server logs each chunk the extension host writes as
// `[HH:MM:SS] [address][token][ExtensionHostConnection] <pid> chunk` (`<pid><stderr> ` for stderr),
// the chunk keeping its own newlines, so a chunk's later lines arrive unprefixed and its final
// newline shows as one blank line before the next log entry.
const hostChunkLine = /\]\[ExtensionHostConnection\] <\d+>(<stderr>)? (.*)$/;
/** code-server's own notes under the same prefix. */
const hostLifecycle = /^(?:Launched Extension Host Process\.|Extension Host Process exited with code)/;
const serverLogLine = /^\[(?:\d\d:\d\d:\d\d|\d{4}-\d\d-\d\dT[^\]]*)\] /;

function extensionHostOutputParser(emit: (line: string, stream: 'stdout' | 'stderr') => void): {
  line(line: string): void;
  end(): void;
} {
  let stream: 'stdout' | 'stderr' | undefined;
  let heldBlankLines = 0;
  const content = (text: string): void => {
    if (text === '') {
      heldBlankLines++;
      return;
    }
    for (; heldBlankLines > 0; heldBlankLines--) emit('', stream!);
    emit(text, stream!);
  };
  const endChunk = (): void => {
    if (stream) {
      // The blank line that the chunk's own final newline produced.
      if (heldBlankLines > 0) heldBlankLines--;
      for (; heldBlankLines > 0; heldBlankLines--) emit('', stream);
    }
    heldBlankLines = 0;
  };
  return {
    line(line) {
      const chunk = hostChunkLine.exec(line);
      if (chunk && hostLifecycle.test(chunk[2]!)) {
        endChunk();
        stream = undefined;
      } else if (chunk) {
        endChunk();
        stream = chunk[1] ? 'stderr' : 'stdout';
        content(chunk[2]!);
      } else if (serverLogLine.test(line)) {
        endChunk();
        stream = undefined;
      } else if (stream) {
        content(line);
      }
    },
    end: endChunk,
  };
}

function forEachLine(stream: NodeJS.ReadableStream, onLine: (line: string) => void): void {
  let pending = '';
  stream.setEncoding('utf8');
  stream.on('data', (chunk: string) => {
    pending += chunk;
    const lines = pending.split('\n');
    pending = lines.pop()!;
    for (const line of lines) onLine(line);
  });
}

async function stopProcessGroup(child: ChildProcess): Promise<void> {
  if (child.pid === undefined) return;
  if (child.exitCode !== null || child.signalCode !== null) {
    // The server is gone; what it started may not be.
    signalGroup(child.pid, 'SIGKILL');
    return;
  }
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  signalGroup(child.pid, 'SIGTERM');
  const timer = setTimeout(() => signalGroup(child.pid!, 'SIGKILL'), 5000);
  await exited;
  clearTimeout(timer);
  // Whatever the server started and left behind goes with its group.
  signalGroup(child.pid, 'SIGKILL');
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // Already gone.
  }
}

export interface WorkbenchAddress {
  server: CodeServer;
  /** Absolute path of the folder to open, or of a `.code-workspace` file (a multi-root workspace). */
  folder: string;
  /** Absolute path of an extension to load in development mode. */
  extensionDevelopmentPath?: string;
  /** Absolute path of the compiled in-host test runner (the file exporting `run()`). */
  extensionTestsPath?: string;
}

/**
 * code-server refuses `--extensionDevelopmentPath` and `--extensionTestsPath` on its command line,
 * but the workbench takes them from the `payload` query parameter as remote URIs.
 */
export function workbenchUrl(address: WorkbenchAddress): string {
  const remote = (absolute: string): string => `vscode-remote://${address.server.authority}${absolute}`;
  const payload: [string, string][] = [];
  if (address.extensionDevelopmentPath) payload.push(['extensionDevelopmentPath', remote(address.extensionDevelopmentPath)]);
  if (address.extensionTestsPath) payload.push(['extensionTestsPath', remote(address.extensionTestsPath)]);
  const query = new URLSearchParams(
    address.folder.endsWith('.code-workspace') ? { workspace: address.folder } : { folder: address.folder },
  );
  if (payload.length > 0) query.set('payload', JSON.stringify(payload));
  return `${address.server.origin}/?${query.toString()}`;
}
