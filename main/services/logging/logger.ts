import pino, { type Logger } from 'pino';
import { APP_VERSION } from '../../app/app-version';
import { createRotatingFile } from './rotating-file';
import { scrubText, scrubValue } from './scrub';

export type { Logger } from 'pino';

/**
 * The technical log for support: pino's JSON lines in the data folder's logs/ (rotated), every object and
 * message passed through the scrubber (scrub.ts) so no secret, IBAN or address ends up there whatever a
 * caller logs. « Exporter le journal technique » (Réglages) copies these files for the user to send.
 */
export function createAppLogger(dir: string, options: { level?: pino.Level } = {}): { logger: Logger; close(): void } {
  const file = createRotatingFile(dir);
  const logger = pino(
    {
      level: options.level ?? 'info',
      base: { app: APP_VERSION },
      timestamp: pino.stdTimeFunctions.isoTime,
      // pino formats the object before its serializers run: scrubValue turns every Error into its scrubbed
      // { type, code, message, stack } there, which pino's own `err` serializer then leaves as it is.
      formatters: { log: (object) => scrubValue(object) as Record<string, unknown> },
      hooks: {
        logMethod(args, method) {
          method.apply(this, args.map((arg) => (typeof arg === 'string' ? scrubText(arg) : arg)) as Parameters<typeof method>);
        },
      },
    },
    { write: (line: string) => file.write(line) },
  );
  return { logger, close: () => file.close() };
}

/** For tests and tools that want no log file. */
export const silentLogger: Logger = pino({ level: 'silent' });
