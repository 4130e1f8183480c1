import { zodResolver } from '@hookform/resolvers/zod';
import { useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { Link } from 'react-router';
import type { z } from 'zod';
import { CompleteInputSchema, RecycleInputSchema, type SendingEntry } from '@shared/sending/sending-views';
import { useChannelMutation } from '../../api/queries';
import { FormStatus, type Status } from '../../components/form-status';
import { SaveButton } from '../../components/save-button';
import { fieldNouns } from '../../forms/field-nouns';
import { FormTextField } from '../../forms/form-fields';
import { formSchema } from '../../forms/form-schema';
import { useFormSubmit } from '../../forms/use-form-submit';
import { t } from '../../i18n/t';

/** What a status asks, explained, with the way to do it: through the API when Facturier follows the piece there. */
export function ActionPanel({ entry }: { entry: SendingEntry }) {
  const action = entry.action;
  if (!action || action.kind === 'deposit') return null;
  const isFollowedByApi = entry.chorusInvoiceId !== null;
  return (
    <section className="card tone-attention action-panel" aria-labelledby="action-title" data-testid="sending-action">
      <h3 id="action-title">
        {t('send.action')} : {action.title}
      </h3>
      <p>{action.explanation}</p>
      {action.kind === 'replace' && entry.typeCode !== '381' ? <ReplaceButton invoiceId={entry.invoiceId} /> : null}
      {action.kind === 'complete' && isFollowedByApi ? <CompleteForm invoiceId={entry.invoiceId} /> : null}
      {action.kind === 'recycle' && isFollowedByApi ? <RecycleForm invoiceId={entry.invoiceId} /> : null}
      {(action.kind === 'complete' || action.kind === 'recycle') && !isFollowedByApi ? <p className="muted">{t('action.portalOnly')}</p> : null}
    </section>
  );
}

function ReplaceButton({ invoiceId }: { invoiceId: number }) {
  const replace = useChannelMutation('sending:replaceRejected');
  const [done, setDone] = useState<{ creditNoteId: number; newInvoiceId: number } | null>(null);
  const [status, setStatus] = useState<Status | null>(null);
  async function run() {
    const result = await replace.mutateAsync({ invoiceId });
    if (!result.ok) return setStatus({ kind: 'error', message: result.error.message });
    setDone(result.value);
    setStatus({ kind: 'saved', message: t('action.replaced') });
  }
  return (
    <div className="form-actions">
      <button type="button" className="button primary" onClick={() => void run()} aria-busy={replace.isPending}>
        {t('action.replace')}
      </button>
      <FormStatus status={status} />
      {done ? (
        <p>
          <Link to={`/factures/${done.creditNoteId}`}>{t('action.openCreditNote')}</Link> · <Link to={`/factures/${done.newInvoiceId}`}>{t('action.openNewInvoice')}</Link>
        </p>
      ) : null}
    </div>
  );
}

type CompleteRequest = z.input<typeof CompleteInputSchema>;
interface CompleteValues {
  invoiceId: number;
  comment: string;
}
const completeNouns = fieldNouns({ comment: 'noun.comment', attachment: 'noun.attachment' });
const completeSchema = formSchema<CompleteValues, CompleteRequest>({ schema: CompleteInputSchema, nounOf: completeNouns, toInput: (values) => values });

function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('read'));
    reader.readAsDataURL(file);
  });
}

function CompleteForm({ invoiceId }: { invoiceId: number }) {
  // The chosen file, read as base64, joins the request when it is sent (main checks its size and type).
  const attachment = useRef<{ fileName: string; base64: string } | undefined>(undefined);
  const form = useForm<CompleteValues, unknown, CompleteRequest>({ defaultValues: { invoiceId, comment: '' }, resolver: zodResolver(completeSchema) });
  const submit = useFormSubmit({
    form,
    channel: 'sending:complete',
    request: (input) => ({ ...input, ...(attachment.current ? { attachment: attachment.current } : {}) }),
    nounOf: completeNouns,
    fieldOf: () => 'comment',
    messages: { saved: t('action.completed'), invalid: t('action.fix') },
  });
  return (
    <form onSubmit={submit.onSubmit} noValidate aria-busy={submit.isSaving}>
      <FormTextField control={form.control} name="comment" label={t('action.completeComment')} isRequired maxLength={1000} />
      <div className="field">
        <label htmlFor="complete-file">{t('action.completeFile')}</label>
        <input
          id="complete-file"
          type="file"
          accept=".pdf,.png,.jpg,.jpeg,.xml,.zip,.txt,.csv"
          onChange={(event) => {
            const file = event.target.files?.[0];
            attachment.current = undefined;
            if (file) void readBase64(file).then((base64) => (attachment.current = { fileName: file.name, base64 }));
          }}
        />
      </div>
      <div className="form-actions">
        <SaveButton label={t('action.complete')} isSaving={submit.isSaving} />
        <FormStatus status={submit.status} />
      </div>
    </form>
  );
}

type RecycleRequest = z.input<typeof RecycleInputSchema>;
interface RecycleValues {
  invoiceId: number;
  serviceCode: string;
  engagementNumber: string;
  comment: string;
}
const recycleNouns = fieldNouns({ serviceCode: 'noun.serviceCode', engagementNumber: 'noun.engagementNumber', comment: 'noun.comment' });
const recycleSchema = formSchema<RecycleValues, RecycleRequest>({ schema: RecycleInputSchema, nounOf: recycleNouns, toInput: (values) => values });

function RecycleForm({ invoiceId }: { invoiceId: number }) {
  const form = useForm<RecycleValues, unknown, RecycleRequest>({ defaultValues: { invoiceId, serviceCode: '', engagementNumber: '', comment: '' }, resolver: zodResolver(recycleSchema) });
  const fieldOf = (path: string) => (path === 'engagementNumber' || path === 'comment' ? path : 'serviceCode');
  const submit = useFormSubmit({ form, channel: 'sending:recycle', request: (input) => input, nounOf: recycleNouns, fieldOf, messages: { saved: t('action.recycled'), invalid: t('action.fix') } });
  return (
    <form onSubmit={submit.onSubmit} noValidate aria-busy={submit.isSaving}>
      <div className="field-row even">
        <FormTextField control={form.control} name="serviceCode" label={t('action.recycleService')} maxLength={100} />
        <FormTextField control={form.control} name="engagementNumber" label={t('action.recycleEngagement')} maxLength={50} />
      </div>
      <FormTextField control={form.control} name="comment" label={t('action.recycleComment')} maxLength={1000} />
      <div className="form-actions">
        <SaveButton label={t('action.recycle')} isSaving={submit.isSaving} />
        <FormStatus status={submit.status} />
      </div>
    </form>
  );
}
