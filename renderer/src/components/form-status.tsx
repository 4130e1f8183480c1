export interface Status {
  kind: 'saved' | 'error';
  message: string;
}

/** Announces the outcome of a save: politely when it worked, at once (alert) when it did not. */
export function FormStatus({ status }: { status: Status | null }) {
  return (
    <p role={status?.kind === 'error' ? 'alert' : 'status'} className={`form-status ${status?.kind ?? ''}`}>
      {status?.message}
    </p>
  );
}
