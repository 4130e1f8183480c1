import { describe, expect, it } from 'vitest';
import { externalUrlToOpen, isOwnPage } from '../../../main/electron/navigation-policy';

describe('navigation policy', () => {
  const packaged = 'app://facturier/index.html';

  it('keeps the window on our own page (hash routes included)', () => {
    expect(isOwnPage(`${packaged}#/reglages`, packaged)).toBe(true);
    expect(isOwnPage('app://facturier/', packaged)).toBe(true);
    expect(isOwnPage('http://localhost:5173/#/factures', 'http://localhost:5173/')).toBe(true);
  });

  it('refuses any other page, file or origin', () => {
    expect(isOwnPage('https://chorus-pro.gouv.fr/', packaged)).toBe(false);
    expect(isOwnPage('file:///etc/passwd', packaged)).toBe(false);
    expect(isOwnPage('file:///opt/Facturier/resources/app.asar/out/renderer/index.html', packaged)).toBe(false);
    expect(isOwnPage('app://autre/index.html', packaged)).toBe(false);
    expect(isOwnPage('app://facturier.evil.example/index.html', packaged)).toBe(false);
    expect(isOwnPage('http://localhost:5174/', 'http://localhost:5173/')).toBe(false);
    expect(isOwnPage('pas une url', packaged)).toBe(false);
  });

  it('opens only https links in the system browser', () => {
    expect(externalUrlToOpen('https://portail.chorus-pro.gouv.fr/aife_csm')).toBe('https://portail.chorus-pro.gouv.fr/aife_csm');
    for (const url of ['http://exemple.fr', 'file:///etc/passwd', 'javascript:alert(1)', 'smb://serveur/partage', 'https://user:pass@exemple.fr', '']) {
      expect(externalUrlToOpen(url), url).toBeNull();
    }
  });
});
