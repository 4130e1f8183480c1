import pino, { type Logger } from 'pino';
import { APP_VERSION } from '../../app/app-version';
import { createRotatingFile } from './rotating-file';
import { scrubError, scrubText, scrubValue } from './scrub';

export type { Logger } from 'pino';

/**
 * The technical log for support: pino's JSON lines in the data folder's logs/ (rotated), every object and
 * message passed through the scrubber (scrub.ts) so no secret, IBAN or address ends up there whatever a
 * caller logs. « Exporter le journal technique » (Réglages) copies these files for the user to send.
 */
export function createAppLogger(dir: string, options: { level?: pino.Level } = {}): Logger {
  const file = createRotatingFile(dir);
  return pino(
    {
      level: options.level ?? 'info',
      base: { app: APP_VERSION },
      timestamp: pino.stdTimeFunctions.isoTime,
      serializers: { err: scrubError, error: scrubError },
      formatters: { log: (object) => scrubValue(object) as Record<string, unknown> },
      hooks: {
        logMethod(args, method) {
          method.apply(this, args.map((arg) => (typeof arg === 'string' ? scrubText(arg) : arg)) as Parameters<typeof method>);
        },
      },
    },
    { write: (line: string) => file.write(line) },
  );
}

/** For tests and tools that want no log file. */
export const silentLogger: Logger = pino({ level: 'silent' });
