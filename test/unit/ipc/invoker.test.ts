import { describe, expect, it, vi } from 'vitest';
import { AppError } from '../../../main/errors/app-error';
import { EventBus } from '../../../main/events/event-bus';
import { createInvoker, type Handlers } from '../../../main/ipc/invoker';
import { CompanyProfileInputSchema, type CompanyProfile } from '@shared/company/company-profile';
import { channels } from '@shared/ipc/contract';
import { installFrenchValidationMessages } from '@shared/validation/zod-french';

installFrenchValidationMessages();

const saved: CompanyProfile = {
  ...CompanyProfileInputSchema.parse({ legalName: 'Boulangerie Martin', siret: '73282932000074', addressLine1: '1 place de la Mairie', postcode: '49250', city: 'Beaufort-en-Anjou' }),
  id: 1,
  hasLogo: false,
  updatedAt: '2026-11-27T10:00:00.000Z',
};

/** Every channel of the contract, each failing loudly unless the test gives it a body. */
function handlers(overrides: Partial<Handlers> = {}): Handlers {
  const unused = Object.fromEntries(channels.map((c) => [c, () => { throw new Error(`${c} not used in this test`); }])) as unknown as Handlers;
  return {
    ...unused,
    'app:info': () => ({ version: '1', transport: 'browser', dataDir: '/tmp', databaseVersion: 1, today: '2026-11-27' }),
    'company:get': () => null,
    'company:save': (input) => ({ ...saved, ...input }),
    ...overrides,
  };
}

const validInput = { legalName: 'Boulangerie Martin', siret: '732 829 320 00074', addressLine1: '1 place de la Mairie', postcode: '49250', city: 'Beaufort-en-Anjou' };

describe('the IPC wrapper', () => {
  it('passes parsed input to the handler and wraps its value', async () => {
    const save = vi.fn((input: Parameters<Handlers['company:save']>[0]) => ({ ...saved, ...input }));
    const invoke = createInvoker(handlers({ 'company:save': save }), { validateOutput: true });
    const result = await invoke('company:save', validInput);
    expect(result.ok).toBe(true);
    // The schema strips the spaces before the service sees the SIRET.
    expect(save).toHaveBeenCalledWith(expect.objectContaining({ siret: '73282932000074', addressLine2: '' }));
  });

  it('refuses invalid input with a French message naming the field, without calling the handler', async () => {
    const save = vi.fn();
    const invoke = createInvoker(handlers({ 'company:save': save }));
    const result = await invoke('company:save', { ...validInput, siret: '73282932000075' });
    expect(result).toEqual({
      ok: false,
      error: { code: 'invalid_input', field: 'siret', message: expect.stringContaining('clé de contrôle') },
    });
    expect(save).not.toHaveBeenCalled();
  });

  it('refuses input of the wrong shape (not an object, extra keys) instead of crashing', async () => {
    const invoke = createInvoker(handlers());
    for (const input of ['texte', 42, [], { inattendu: true }]) {
      const result = await invoke('company:get', input);
      expect(result.ok, JSON.stringify(input)).toBe(false);
      if (!result.ok) expect(result.error.code).toBe('invalid_input');
    }
  });

  it('answers an unknown channel with { ok: false }', async () => {
    const invoke = createInvoker(handlers());
    for (const channel of ['fs:read', '__proto__', 'constructor', 'toString', '']) {
      const result = await invoke(channel, {});
      expect(result, channel).toEqual({ ok: false, error: { code: 'unknown_channel', message: expect.stringMatching(/n’existe pas/) } });
    }
  });

  it('turns a thrown error into a generic French error and logs it without the payload', async () => {
    const logError = vi.fn();
    const invoke = createInvoker(handlers({ 'company:get': () => { throw new Error('disque plein: /secret'); } }), { logError });
    const result = await invoke('company:get', {});
    expect(result).toEqual({ ok: false, error: { code: 'internal', message: expect.stringContaining('Vos données n’ont pas été modifiées') } });
    expect(logError).toHaveBeenCalledWith('company:get', expect.any(Error));
  });

  it('passes an AppError through with its own code, message and field', async () => {
    const invoke = createInvoker(handlers({ 'company:get': () => { throw new AppError('not_found', 'Aucune entreprise.', 'id'); } }));
    expect(await invoke('company:get', {})).toEqual({ ok: false, error: { code: 'not_found', message: 'Aucune entreprise.', field: 'id' } });
  });

  it('catches a rejected promise too', async () => {
    const invoke = createInvoker(handlers({ 'company:get': () => Promise.reject(new Error('boom')) }));
    expect((await invoke('company:get', {})).ok).toBe(false);
  });

  it('in tests, refuses a response that does not match the contract', async () => {
    const invoke = createInvoker(handlers({ 'company:get': () => ({ id: 'pas un nombre' }) as never }), { validateOutput: true });
    const result = await invoke('company:get', {});
    expect(result.ok).toBe(false);
  });

  it('announces the lists a successful write changed, and nothing for a read or a refusal', async () => {
    const events = new EventBus();
    const seen: unknown[] = [];
    events.subscribe((name, payload) => seen.push([name, payload]));
    const invoke = createInvoker(handlers(), { events });
    await invoke('company:get', {});
    await invoke('company:save', { legalName: '' });
    expect(seen).toEqual([]);
    await invoke('company:save', validInput);
    expect(seen).toEqual([['data:changed', { lists: ['company', 'onboarding'] }]]);
  });
});
