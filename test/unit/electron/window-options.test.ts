import { describe, expect, it } from 'vitest';
import { secureWindowOptions } from '../../../main/electron/window-options';

describe('the window factory options', () => {
  const options = secureWindowOptions('/app/out/preload/index.js');
  const web = options.webPreferences ?? {};

  it('isolates the page from Node and Electron', () => {
    expect(web.contextIsolation).toBe(true);
    expect(web.sandbox).toBe(true);
    expect(web.nodeIntegration).toBe(false);
    expect(web.nodeIntegrationInWorker).toBe(false);
    expect(web.nodeIntegrationInSubFrames).toBe(false);
  });

  it('allows no webview, no insecure content, keeps web security', () => {
    expect(web.webviewTag).toBe(false);
    expect(web.webSecurity).toBe(true);
    expect(web.allowRunningInsecureContent).toBe(false);
    expect(web.experimentalFeatures).toBe(false);
    expect(web.navigateOnDragDrop).toBe(false);
  });

  it('loads our preload and nothing else', () => {
    expect(web.preload).toBe('/app/out/preload/index.js');
    expect(options.title).toBe('Facturier');
  });
});
