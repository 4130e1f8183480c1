import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';

const SCRIPT = resolve(__dirname, '../../scripts/start-browser.ts');

export interface BrowserAppProcess {
  child: ChildProcess;
  /** The one-time login link the process printed. */
  loginUrl: string;
  output: () => string;
}

export interface ExitedProcess {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/**
 * `npm run start:browser` as a user runs it, in its own process, on a data folder; the renderer is not
 * built again (FACTURIER_RENDERER_DIR points at a ready folder) and no browser is opened.
 */
export function spawnBrowserApp(dataDir: string, rendererDir: string): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', SCRIPT], {
    cwd: resolve(__dirname, '../..'),
    env: { ...process.env, FACTURIER_DATA_DIR: dataDir, FACTURIER_RENDERER_DIR: rendererDir, FACTURIER_NO_OPEN: '1', FACTURIER_PORT: '0' },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
}

/** Starts the app and waits for its printed link; rejects with what it said if it exits first. */
export function startBrowserAppProcess(dataDir: string, rendererDir: string, timeoutMs = 30_000): Promise<BrowserAppProcess> {
  const child = spawnBrowserApp(dataDir, rendererDir);
  let text = '';
  return new Promise((resolveStart, reject) => {
    const timer = setTimeout(() => reject(new Error(`no link printed in time:\n${text}`)), timeoutMs);
    const onData = (chunk: Buffer) => {
      text += chunk.toString('utf8');
      const link = /(http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+)/.exec(text);
      if (link) {
        clearTimeout(timer);
        resolveStart({ child, loginUrl: link[1] as string, output: () => text });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`exited with ${code} before printing a link:\n${text}`));
    });
  });
}

/** Runs the app to its end (a refusal at start) and returns what it printed and its exit code. */
export function runBrowserAppToExit(dataDir: string, rendererDir: string, timeoutMs = 30_000): Promise<ExitedProcess> {
  const child = spawnBrowserApp(dataDir, rendererDir);
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  return new Promise((resolveExit, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`still running after ${timeoutMs} ms:\n${stdout}${stderr}`));
    }, timeoutMs);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      resolveExit({ code, signal, stdout, stderr });
    });
  });
}

export function waitForExit(child: ChildProcess): Promise<void> {
  return new Promise((resolveExit) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolveExit();
    child.once('exit', () => resolveExit());
  });
}
