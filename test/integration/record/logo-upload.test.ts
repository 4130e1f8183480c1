import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';
import { crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { Core } from '../../../main/app/create-core';
import { encodePng, sampleLogo } from '../../support/pdf/png-encode';
import { useTestCores } from '../../support/test-core';
import { draftFor, setUpSeller, valueOf } from '../../support/invoicing-setup';

const cores = useTestCores();

async function seller(): Promise<Core> {
  const core = cores.open();
  await setUpSeller(core);
  return core;
}

const upload = (core: Core, bytes: Buffer) => core.invoke('company:setLogo', { base64: bytes.toString('base64') });
const storedLogo = (core: Core) => core.db.prepare('SELECT logo FROM companies').pluck().get() as Buffer | null;

/** A PNG whose header says `width` × `height`, with a tiny (wrong) image after it: what a decompression bomb looks like from outside. */
function pngClaiming(width: number, height: number): Buffer {
  const png = sampleLogo();
  png.writeUInt32BE(width, 16);
  png.writeUInt32BE(height, 20);
  return png;
}

describe('a logo is decoded and written again at upload', () => {
  it('refuses junk after a PNG or JPEG signature, in French, and keeps nothing', async () => {
    const core = await seller();
    const junkPng = Buffer.concat([Buffer.from('89504e470d0a1a0a', 'hex'), Buffer.from('ceci n’est pas une image '.repeat(10))]);
    const junkJpeg = Buffer.concat([Buffer.from('ffd8ffe0', 'hex'), Buffer.from('pas un JPEG '.repeat(10))]);
    const truncated = sampleLogo().subarray(0, 60);
    for (const [bytes, kind] of [[junkPng, 'PNG'], [junkJpeg, 'JPEG'], [truncated, 'PNG']] as const) {
      expect(await upload(core, bytes)).toMatchObject({
        ok: false,
        error: { code: 'invalid_input', field: 'logo', message: `Ce fichier commence comme une image ${kind} mais la suite est abîmée ou n’est pas une image : il ne peut pas servir de logo. Exportez-le à nouveau depuis votre logiciel d’image.` },
      });
    }
    expect(storedLogo(core)).toBeNull();
  });

  it('refuses an image too large in pixels before decoding it', async () => {
    const core = await seller();
    expect(await upload(core, pngClaiming(30_000, 30_000))).toMatchObject({
      ok: false,
      error: { field: 'logo', message: expect.stringMatching(/^Ce logo mesure 30000 × 30000 pixels : un logo en compte au plus 4000 de côté/) },
    });
    const wide = encodePng(4001, 2, () => [0, 0, 0, 255]);
    expect(await upload(core, wide)).toMatchObject({ ok: false, error: { message: expect.stringMatching(/^Ce logo mesure 4001 × 2 pixels/) } });
    expect(storedLogo(core)).toBeNull();
  });

  it('stores an image of its own making: same pixels, nothing else from the file', async () => {
    const core = await seller();
    // A text chunk before IEND (a hidden note, a script for another program): gone once written again.
    const original = sampleLogo();
    const text = Buffer.from('tEXtComment\0<script>alert(1)</script>', 'latin1');
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(text));
    const chunk = Buffer.concat([Buffer.from([0, 0, 0, text.length - 4]), text, crc]);
    const withText = Buffer.concat([original.subarray(0, 33), chunk, original.subarray(33)]);
    valueOf(await upload(core, withText));
    const stored = storedLogo(core) as Buffer;
    expect(stored.includes('<script>')).toBe(false);
    expect(PNG.sync.read(stored).data.equals(PNG.sync.read(original).data)).toBe(true);
    expect(PNG.sync.read(stored).colorType).toBe(6); // it has transparency

    const opaque = encodePng(20, 10, (x) => [x * 10, 0, 0, 255]);
    valueOf(await upload(core, opaque));
    expect(PNG.sync.read(storedLogo(core) as Buffer).colorType).toBe(2);

    const photo = jpeg.encode({ width: 16, height: 8, data: Buffer.alloc(16 * 8 * 4, 128), comments: ['un commentaire secret'] } as never, 95).data;
    expect(photo.includes('un commentaire secret')).toBe(true);
    valueOf(await upload(core, Buffer.concat([photo, Buffer.from('des octets après la fin')])));
    const storedJpeg = storedLogo(core) as Buffer;
    expect(storedJpeg.includes('un commentaire secret')).toBe(false);
    expect(storedJpeg.includes('des octets après la fin')).toBe(false);
    expect(jpeg.decode(storedJpeg)).toMatchObject({ width: 16, height: 8 });
    expect(valueOf(await core.invoke('company:getLogo', {}))).toMatchObject({ type: 'image/jpeg' });
  });

  it('is printed on the next invoice, decoded the same way the upload did', async () => {
    const core = await seller();
    valueOf(await upload(core, encodePng(8, 8, () => [10, 20, 30, 128])));
    const { id } = valueOf(await core.invoke('invoices:createDraft', { draft: draftFor(1) }));
    valueOf(await core.invoke('invoices:issue', { id }));
    expect(valueOf(await core.invoke('invoices:verifyFiles', { id }))).toMatchObject({ isIdentical: true, differing: [], method: 'regenerated' });
  });
});
