import { useState, type FormEvent } from 'react';
import type { FieldPath, FieldValues, UseFormReturn } from 'react-hook-form';
import type { Channel, RequestOf, ResponseOf } from '@shared/ipc/contract';
import { useChannelMutation } from '../api/queries';
import type { Status } from '../components/form-status';
import { explainMessage, type FieldNoun } from './issue-messages';

export interface FormSubmitOptions<V extends FieldValues, Input, C extends Channel> {
  form: UseFormReturn<V, unknown, Input>;
  channel: C;
  /** The request, from what the resolver made of the values. */
  request: (input: Input) => RequestOf<C>;
  /** The control a refused field belongs to ("customer.address.city" -> "address.city"), or null. */
  fieldOf?: (requestPath: string) => FieldPath<V> | null;
  /** How a sentence names a control, to rewrite any schema text main sends back. */
  nounOf?: (field: string) => FieldNoun;
  messages: { saved: string; invalid: string };
  onSaved?: (value: ResponseOf<C>) => void;
  initialStatus?: Status | null;
}

/**
 * The one way a form is sent: the resolver checks everything with the shared schema (focus goes to the
 * first problem, each message on its control), the mutation calls the channel and invalidates what it
 * changed, a refusal from main lands on its control in French, and the outcome is announced.
 */
export function useFormSubmit<V extends FieldValues, Input, C extends Channel>(options: FormSubmitOptions<V, Input, C>) {
  const { form, channel, request, fieldOf, nounOf, messages, onSaved } = options;
  const mutation = useChannelMutation(channel);
  const [status, setStatus] = useState<Status | null>(options.initialStatus ?? null);

  const send = form.handleSubmit(
    async (input) => {
      setStatus(null);
      const result = await mutation.mutateAsync(request(input));
      if (result.ok) {
        setStatus({ kind: 'saved', message: messages.saved });
        onSaved?.(result.value);
        return;
      }
      const field = result.error.field ? (fieldOf?.(result.error.field) ?? null) : null;
      const message = field && nounOf ? explainMessage(result.error.message, nounOf(field)) : result.error.message;
      if (field) form.setError(field, { type: 'server', message }, { shouldFocus: true });
      setStatus({ kind: 'error', message });
    },
    () => setStatus({ kind: 'error', message: messages.invalid }),
  );

  return {
    onSubmit: (event: FormEvent<HTMLFormElement>) => void send(event),
    status,
    setStatus,
    isSaving: mutation.isPending,
  };
}
