import { AppError } from '../errors/app-error';
import { storageErrorOf } from '../errors/storage-errors';

/** `npm run start:browser` exits with this when another Facturier holds the data folder. */
export const DATA_FOLDER_IN_USE_EXIT_CODE = 2;
/** …and with this when the data cannot be opened (newer or damaged database, full or read-only disk). */
export const CANNOT_OPEN_DATA_EXIT_CODE = 1;

export interface StartupFailure {
  title: string;
  message: string;
  exitCode: number;
}

/**
 * What the user reads when Facturier cannot start (a dialog in the desktop app, a line in the terminal for
 * the browser host): a French sentence that says what to do, never a stack trace.
 */
export function describeStartupFailure(error: unknown): StartupFailure {
  const known = error instanceof AppError ? error : storageErrorOf(error);
  if (known?.code === 'data_folder_locked') {
    return { title: 'Facturier est déjà ouvert', message: known.message, exitCode: DATA_FOLDER_IN_USE_EXIT_CODE };
  }
  if (known) return { title: 'Facturier ne peut pas ouvrir vos données', message: known.message, exitCode: CANNOT_OPEN_DATA_EXIT_CODE };
  const detail = error instanceof Error ? ` (${error.message})` : '';
  return {
    title: 'Facturier ne peut pas démarrer',
    message: `Facturier n’a pas pu démarrer${detail}. Vos données n’ont pas été modifiées. Relancez Facturier ; si cela se reproduit, demandez de l’aide.`,
    exitCode: CANNOT_OPEN_DATA_EXIT_CODE,
  };
}
