import { describe, expect, it } from 'vitest';
import type { FacturierBridge } from '@shared/ipc/bridge';
import { fail } from '@shared/ipc/result';
import { DraftSaver } from '../../../renderer/src/features/invoicing/invoices/draft-saver';
import { blankFields, type EditorFields } from '../../../renderer/src/features/invoicing/invoices/editor-model';
import { setUpSeller, valueOf } from '../../support/invoicing-setup';
import { useTestCores } from '../../support/test-core';

const cores = useTestCores();

/** The real core behind the editor's saver; `isDown` plays a backend that does not answer (as fetch failing). */
function bridgeTo(core: ReturnType<typeof cores.open>) {
  const state = { isDown: false, calls: 0 };
  const bridge: Pick<FacturierBridge, 'invoke'> = {
    invoke: (async (channel: string, input: unknown) => {
      state.calls += 1;
      return state.isDown ? fail('network', 'injoignable') : core.invoke(channel, input);
    }) as FacturierBridge['invoke'],
  };
  return { bridge, state };
}

function saverFor(bridge: Pick<FacturierBridge, 'invoke'>, values: { current: EditorFields }, created: number[]) {
  return new DraftSaver({
    bridge,
    getValues: () => values.current,
    onWritten: () => undefined,
    onCreated: (detail) => created.push(detail.id),
    detail: null,
    initialFields: values.current,
    startsDirty: false,
    delayMs: 5,
    copies: { write: () => undefined, clear: () => undefined },
  });
}

describe('the draft saver (autosave)', () => {
  it('creates the draft once, however fast the edits come, and saves the last values', async () => {
    const core = cores.open();
    const { customerId } = await setUpSeller(core);
    const { bridge } = bridgeTo(core);
    const values = { current: blankFields('2026-11-27', true) };
    const created: number[] = [];
    const saver = saverFor(bridge, values, created);
    saver.changed(); // untouched: nothing to save, nothing created
    expect(saver.hasUnsavedEdits()).toBe(false);

    values.current = { ...values.current, customerId: String(customerId) };
    const first = saver.save();
    values.current = { ...values.current, note: 'Atelier du mercredi' };
    const second = saver.save();
    await Promise.all([first, second]);
    expect(created).toHaveLength(1);
    const [draft] = valueOf(await core.invoke('invoices:list', { status: 'draft' })).rows;
    expect(valueOf(await core.invoke('invoices:get', { id: draft!.id })).draft).toMatchObject({ customerId, note: 'Atelier du mercredi' });
    expect(saver.getSnapshot().state.kind).toBe('saved');
  });

  it('waits while the backend does not answer, then sends everything when it is back', async () => {
    const core = cores.open();
    await setUpSeller(core);
    const { bridge, state } = bridgeTo(core);
    const values = { current: blankFields('2026-11-27', true) };
    const saver = saverFor(bridge, values, []);
    state.isDown = true;
    values.current = { ...values.current, note: 'Tapé hors ligne' };
    await saver.save();
    expect(saver.getSnapshot().state.kind).toBe('offline');
    expect(saver.hasUnsavedEdits()).toBe(true);

    state.isDown = false;
    saver.backendIsUp();
    await expect.poll(() => saver.getSnapshot().state.kind).toBe('saved');
    const [draft] = valueOf(await core.invoke('invoices:list', { status: 'draft' })).rows;
    expect(valueOf(await core.invoke('invoices:get', { id: draft!.id })).draft?.note).toBe('Tapé hors ligne');
  });

  it('does not send a draft the backend would refuse (no date): it says why and keeps the edits', async () => {
    const core = cores.open();
    await setUpSeller(core);
    const { bridge, state } = bridgeTo(core);
    const values = { current: { ...blankFields('2026-11-27', true), issueDate: '' } };
    const saver = saverFor(bridge, values, []);
    values.current = { ...values.current, note: 'Sans date' };
    await saver.save(true);
    expect(saver.getSnapshot()).toMatchObject({ state: { kind: 'blocked' }, saveErrors: { issueDate: 'Indiquez la date de facture, par exemple 27/11/2026.' } });
    expect(state.calls).toBe(0);
  });

  it('after « Supprimer le brouillon », leaving the editor saves nothing (a new invoice is not created)', async () => {
    const core = cores.open();
    await setUpSeller(core);
    const { bridge, state } = bridgeTo(core);
    const values = { current: blankFields('2026-11-27', true) };
    const saver = saverFor(bridge, values, []);
    values.current = { ...values.current, note: 'Finalement non' };
    saver.changed();
    saver.discard();
    saver.leave();
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(state.calls).toBe(0);
    expect(valueOf(await core.invoke('invoices:list', { status: 'draft' })).total).toBe(0);
  });
});
