import { t } from '../../../i18n/t';
import type { SaveState } from './draft-saver';

const timeOf = (date: Date) => date.toLocaleTimeString('fr-FR', { hour: '2-digit', minute: '2-digit' });

/**
 * Where the draft stands, under the buttons: saved, being saved, or kept on this computer while the
 * backend does not answer. Only the states that ask something of the user are announced (a live region
 * saying « Enregistrement… » at each pause in typing would drown a screen reader).
 */
export function AutosaveStatus({ state }: { state: SaveState }) {
  const routine =
    state.kind === 'saved' ? (state.at ? t('editor.autosave.savedAt', { time: timeOf(state.at) }) : t('editor.autosave.saved'))
    : state.kind === 'pending' ? t('editor.autosave.pending')
    : state.kind === 'saving' ? t('form.saving')
    : null;
  const problem =
    state.kind === 'offline' ? t('editor.autosave.offline')
    : state.kind === 'blocked' ? t('editor.autosave.blocked', { message: state.message })
    : state.kind === 'error' ? t('editor.autosave.error', { message: state.message })
    : null;
  return (
    <div className="autosave" data-testid="autosave" data-state={state.kind}>
      {routine ? <p className="autosave-routine muted">{routine}</p> : null}
      <p role="status" className={problem ? 'autosave-problem' : undefined}>
        {problem}
      </p>
    </div>
  );
}

/** The edits this computer kept were put back: say so, and offer the version the backend has. */
export function RestoredNotice({ at, hasSavedVersion, onDiscard }: { at: string; hasSavedVersion: boolean; onDiscard: () => void }) {
  const date = new Date(at);
  const when = Number.isNaN(date.getTime()) ? '' : `${date.toLocaleDateString('fr-FR')} ${timeOf(date)}`;
  return (
    <div className="notice restored" role="status" data-testid="restored-notice">
      <p>{t('editor.restored', { when })}</p>
      <button type="button" className="button small" onClick={onDiscard}>
        {t(hasSavedVersion ? 'editor.restoredDiscard' : 'editor.restoredStartBlank')}
      </button>
    </div>
  );
}
