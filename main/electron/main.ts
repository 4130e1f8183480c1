/**
 * The desktop app's composition root: Electron's lifecycle around the core, which runs in its own
 * utilityProcess (main/core-process/) so the window never waits for it. Every decision worth testing
 * lives outside this folder or in pure helpers beside it.
 */
import { app, BrowserWindow, dialog, session } from 'electron';
import { join } from 'node:path';
import { describeStartupFailure, type StartupFailure } from '../app/startup-failure';
import { CoreStartFailure, createCoreClient, type CoreClient } from '../core-process/core-client';
import { registerAppScheme, serveAppProtocol } from './app-protocol';
import { chooseAppUrl } from './app-url';
import { guardContents } from './contents-guard';
import { forkCoreUtilityProcess } from './core-utility-process';
import { createElectronDesktopActions } from './electron-desktop-actions';
import { keychainDataKey } from './keychain-data-key';
import { forwardEvents, registerIpc } from './register-ipc';
import { lockDownSession } from './session-policy';
import { secureWindowOptions } from './window-options';

const appUrl = chooseAppUrl({ isPackaged: app.isPackaged, devServerUrl: process.env.ELECTRON_RENDERER_URL });
const desktop = createElectronDesktopActions();
let mainWindow: BrowserWindow | null = null;
let core: CoreClient | null = null;
let isQuitting = false;

function createWindow(client: CoreClient): BrowserWindow {
  const window = new BrowserWindow(secureWindowOptions(join(__dirname, '../preload/index.js')));
  const stopForwarding = forwardEvents(client.events, window.webContents);
  window.on('closed', () => {
    stopForwarding();
    mainWindow = null;
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(appUrl);
  return window;
}

function focusExistingWindow(): void {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
}

/** The core could not open the data (folder in use, newer or damaged database, disk), or died: say so, leave. */
function quitWithDialog(failure: StartupFailure): void {
  isQuitting = true;
  dialog.showErrorBox(failure.title, failure.message);
  app.releaseSingleInstanceLock();
  app.exit(failure.exitCode);
}

async function startCore(): Promise<CoreClient> {
  const dataDir = process.env.FACTURIER_DATA_DIR ?? app.getPath('userData');
  const forked = forkCoreUtilityProcess(join(__dirname, 'core-process.js'));
  const client = createCoreClient(forked.port, desktop);
  forked.onExit(() => {
    client.onExit();
    if (!isQuitting) quitWithDialog(describeStartupFailure(new Error('le moteur de Facturier s’est arrêté')));
  });
  await client.start({ dataDir, secretKey: keychainDataKey(dataDir) ?? undefined });
  return client;
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  registerAppScheme();
  app.on('second-instance', focusExistingWindow);
  app.on('web-contents-created', (_event, contents) => guardContents(contents, appUrl));
  app.enableSandbox();
  void app.whenReady().then(async () => {
    lockDownSession(session.defaultSession);
    serveAppProtocol(join(__dirname, '../renderer'));
    let client: CoreClient;
    try {
      client = await startCore();
    } catch (error) {
      return quitWithDialog(error instanceof CoreStartFailure ? error.failure : describeStartupFailure(error));
    }
    core = client;
    registerIpc(client.invoke, appUrl);
    mainWindow = createWindow(client);
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) mainWindow = createWindow(client);
    });
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  // The core finishes what it is writing and closes the data before the app goes.
  app.on('before-quit', (event) => {
    if (isQuitting || !core) return;
    event.preventDefault();
    isQuitting = true;
    void core.stop().finally(() => {
      desktop.dispose();
      app.quit();
    });
  });
}
