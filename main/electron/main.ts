/**
 * The desktop app's composition root: Electron's lifecycle around the same core the browser host uses.
 * Every decision worth testing lives outside this folder or in pure helpers beside it.
 */
import { app, BrowserWindow, dialog, session } from 'electron';
import { join } from 'node:path';
import type { Core } from '../app/create-core';
import { openAppCore } from '../app/open-app-core';
import { describeStartupFailure } from '../app/startup-failure';
import { registerAppScheme, serveAppProtocol } from './app-protocol';
import { chooseAppUrl } from './app-url';
import { guardContents } from './contents-guard';
import { createElectronDesktopActions } from './electron-desktop-actions';
import { forwardEvents, registerIpc } from './register-ipc';
import { createSafeStorageCipher } from './safe-storage-cipher';
import { lockDownSession } from './session-policy';
import { secureWindowOptions } from './window-options';

const appUrl = chooseAppUrl({ isPackaged: app.isPackaged, devServerUrl: process.env.ELECTRON_RENDERER_URL });
const desktop = createElectronDesktopActions();
let mainWindow: BrowserWindow | null = null;
let core: Core | null = null;

function createWindow(openCore: Core): BrowserWindow {
  const window = new BrowserWindow(secureWindowOptions(join(__dirname, '../preload/index.js')));
  const stopForwarding = forwardEvents(openCore, window.webContents);
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

/** The core could not open the data (folder in use, newer or damaged database, disk): say so and leave. */
function quitOnStartupFailure(error: unknown): void {
  const failure = describeStartupFailure(error);
  dialog.showErrorBox(failure.title, failure.message);
  app.releaseSingleInstanceLock();
  app.exit(failure.exitCode);
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  registerAppScheme();
  app.on('second-instance', focusExistingWindow);
  app.on('web-contents-created', (_event, contents) => guardContents(contents, appUrl));
  app.enableSandbox();
  void app.whenReady().then(() => {
    lockDownSession(session.defaultSession);
    serveAppProtocol(join(__dirname, '../renderer'));
    try {
      core = openAppCore({
        dataDir: process.env.FACTURIER_DATA_DIR ?? app.getPath('userData'),
        transport: 'electron',
        secretCipher: createSafeStorageCipher() ?? undefined,
        desktop,
        logError: (channel, error) => console.error(`[${channel}]`, error instanceof Error ? error.message : 'erreur'),
      });
    } catch (error) {
      return quitOnStartupFailure(error);
    }
    const openCore = core;
    registerIpc(openCore, appUrl);
    openCore.start();
    mainWindow = createWindow(openCore);
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) mainWindow = createWindow(openCore);
    });
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', () => {
    core?.close();
    desktop.dispose();
  });
}
