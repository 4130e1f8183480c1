/**
 * The desktop app's composition root: Electron's lifecycle around the same core the browser host uses.
 * Every decision worth testing lives outside this folder or in pure helpers beside it.
 */
import { app, BrowserWindow, session, shell } from 'electron';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createCore, type Core } from '../app/create-core';
import { externalUrlToOpen, isOwnPage } from './navigation-policy';
import { forwardEvents, registerIpc } from './register-ipc';
import { electronDesktopActions } from './electron-desktop-actions';
import { createSafeStorageCipher } from './safe-storage-cipher';
import { secureWindowOptions } from './window-options';

const devServerUrl = process.env.ELECTRON_RENDERER_URL;
const appUrl = devServerUrl ?? pathToFileURL(join(__dirname, '../renderer/index.html')).toString();
let mainWindow: BrowserWindow | null = null;
let core: Core | null = null;

function createWindow(): BrowserWindow {
  const window = new BrowserWindow(secureWindowOptions(join(__dirname, '../preload/index.js')));
  const contents = window.webContents;
  contents.setWindowOpenHandler(({ url }) => {
    const external = externalUrlToOpen(url);
    if (external) void shell.openExternal(external);
    return { action: 'deny' };
  });
  contents.on('will-navigate', (event, url) => {
    if (!isOwnPage(url, appUrl)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  const stopForwarding = forwardEvents(core as Core, contents);
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

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', focusExistingWindow);
  app.enableSandbox();
  void app.whenReady().then(() => {
    session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
    session.defaultSession.setPermissionCheckHandler(() => false);
    core = createCore({
      dataDir: process.env.FACTURIER_DATA_DIR ?? app.getPath('userData'),
      transport: 'electron',
      secretCipher: createSafeStorageCipher() ?? undefined,
      desktop: electronDesktopActions,
      // Unexpected errors go to the technical log in the data folder (rotated, scrubbed): services/logging/.
    });
    registerIpc(core, appUrl);
    core.start();
    mainWindow = createWindow();
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) mainWindow = createWindow();
    });
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', () => core?.close());
}
