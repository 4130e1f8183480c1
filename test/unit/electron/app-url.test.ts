import { describe, expect, it } from 'vitest';
import { chooseAppUrl, PACKAGED_APP_URL } from '../../../main/electron/app-url';

describe('the page the desktop window loads', () => {
  it('is our own app:// page in a packaged build, whatever ELECTRON_RENDERER_URL says', () => {
    expect(PACKAGED_APP_URL).toBe('app://facturier/index.html');
    for (const devServerUrl of [undefined, 'http://localhost:5173/', 'https://evil.example/', 'http://127.0.0.1:5173/']) {
      expect(chooseAppUrl({ isPackaged: true, devServerUrl }), String(devServerUrl)).toBe(PACKAGED_APP_URL);
    }
  });

  it('is the dev server in a development build, only on this machine', () => {
    expect(chooseAppUrl({ isPackaged: false, devServerUrl: 'http://localhost:5173/' })).toBe('http://localhost:5173/');
    expect(chooseAppUrl({ isPackaged: false, devServerUrl: 'http://127.0.0.1:5173' })).toBe('http://127.0.0.1:5173/');
    expect(chooseAppUrl({ isPackaged: false, devServerUrl: undefined })).toBe(PACKAGED_APP_URL);
    for (const remote of ['https://evil.example/', 'http://192.168.1.20:5173/', 'file:///etc/passwd', 'http://localhost.evil.example/', 'pas une url']) {
      expect(chooseAppUrl({ isPackaged: false, devServerUrl: remote }), remote).toBe(PACKAGED_APP_URL);
    }
  });
});
