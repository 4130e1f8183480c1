import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, useSyncExternalStore } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import type { InvoiceDetail } from '@shared/invoicing/invoice-views';
import { useBackendStatus } from '../../../api/backend-status';
import { useBridge } from '../../../api/client';
import { changesOf, invalidateLists } from '../../../api/queries';
import type { Status } from '../../../components/form-status';
import { t } from '../../../i18n/t';
import { DraftSaver } from './draft-saver';
import type { EditorFields } from './editor-model';

interface AutosaveOptions {
  form: UseFormReturn<EditorFields>;
  /** The values as JSON: a new text is a change to save. */
  valuesJson: string;
  detail: InvoiceDetail | null;
  initialFields: EditorFields;
  startsDirty: boolean;
  onCreated: (detail: InvoiceDetail) => void;
}

/** The editor's side of DraftSaver: feeds it each change, the backend's return, and the editor's departure. */
export function useAutosave({ form, valuesJson, detail, initialFields, startsDirty, onCreated }: AutosaveOptions) {
  const bridge = useBridge();
  const client = useQueryClient();
  const { isUp } = useBackendStatus();
  const [saver] = useState(
    () =>
      new DraftSaver({
        bridge,
        getValues: form.getValues,
        onWritten: () => void invalidateLists(client, changesOf('invoices:updateDraft')),
        onCreated,
        detail,
        initialFields,
        startsDirty,
      }),
  );
  const snapshot = useSyncExternalStore(saver.subscribe, saver.getSnapshot);
  const [status, setStatus] = useState<Status | null>(null);
  const [isSavingNow, setIsSavingNow] = useState(false);

  useEffect(() => saver.changed(), [valuesJson, saver]);
  useEffect(() => {
    if (isUp) saver.backendIsUp();
  }, [isUp, saver]);
  useEffect(() => () => saver.leave(), [saver]);

  /** « Enregistrer le brouillon », or before issuing: now, with the outcome said; null when not saved. */
  async function saveNow(): Promise<InvoiceDetail | null> {
    setStatus(null);
    setIsSavingNow(true);
    const saved = await saver.save(true);
    setIsSavingNow(false);
    setStatus(saved ? { kind: 'saved', message: t('editor.saved') } : { kind: 'error', message: t('editor.saveFailed', { message: saver.lastProblem }) });
    return saved;
  }

  /** After a refused issue: the findings as main sees them now. */
  async function recheck(): Promise<void> {
    const current = saver.getSnapshot().detail;
    if (!current) return;
    const result = await bridge.invoke('invoices:check', { id: current.id });
    if (result.ok) saver.showDetail(result.value);
  }

  return { detail: snapshot.detail, saveState: snapshot.state, saveErrors: snapshot.saveErrors, status, setStatus, saveNow, recheck, isSavingNow, discard: () => saver.discard() };
}
