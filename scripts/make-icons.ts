/**
 * `npm run icons`: the app's icons from assets/icon.svg, committed so a release build needs nothing more.
 * resvg renders the SVG (with the DejaVu font of the PDFs for the € sign) to PNG at every size Linux and
 * electron-builder use, and png2icons packs the Windows .ico and the macOS .icns from the large PNG.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import * as png2icons from 'png2icons';

const assets = resolve(__dirname, '../assets');
const svg = readFileSync(join(assets, 'icon.svg'), 'utf8');
const fontDir = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');

function render(size: number): Buffer {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: size },
    font: { loadSystemFonts: false, fontFiles: [join(fontDir, 'DejaVuSans-Bold.ttf')], defaultFontFamily: 'DejaVu Sans' },
  });
  return resvg.render().asPng();
}

const sizes = [16, 24, 32, 48, 64, 128, 256, 512, 1024];
mkdirSync(join(assets, 'icons'), { recursive: true });
for (const size of sizes) writeFileSync(join(assets, 'icons', `${size}x${size}.png`), render(size));
const large = render(1024);
writeFileSync(join(assets, 'icon.png'), large);
const ico = png2icons.createICO(large, png2icons.BICUBIC2, 0, false, true);
const icns = png2icons.createICNS(large, png2icons.BICUBIC2, 0);
if (!ico || !icns) throw new Error('png2icons could not pack the icons');
writeFileSync(join(assets, 'icon.ico'), ico);
writeFileSync(join(assets, 'icon.icns'), icns);
console.log(`Icônes écrites dans ${assets} : icon.png, icon.ico, icon.icns, icons/{${sizes.join(',')}}.png`);
