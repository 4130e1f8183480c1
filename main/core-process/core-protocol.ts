import { z } from 'zod';
import type { StartupFailure } from '../app/startup-failure';
import type { FileDialogOptions } from '../services/desktop-actions';

/** What the core asks main's desktop shell to do for it. */
export type DesktopRequest =
  | { action: 'openFile'; fileName: string; bytes: Uint8Array }
  | { action: 'chooseSavePath'; options: FileDialogOptions }
  | { action: 'chooseOpenPath'; options: FileDialogOptions }
  | { action: 'openExternal'; url: string }
  | { action: 'notify'; title: string; body: string };

/**
 * The messages between the desktop app's main process and its core process (an Electron utilityProcess;
 * a Node child process in tests: the same shapes). Main asks, the core answers; the core also pushes its
 * events and asks main for what only the desktop shell can do (open a file, the save and open dialogs).
 */
export interface CorePort {
  postMessage(message: unknown): void;
  onMessage(listener: (message: unknown) => void): void;
}

export const CoreStartOptions = z.strictObject({
  dataDir: z.string().min(1),
  /** The secrets' data key, unwrapped by main from the OS keychain; absent: a key file in the data folder. */
  secretKey: z.instanceof(Uint8Array).refine((key) => key.length === 32).optional(),
  validateOutput: z.boolean().optional(),
});
export type CoreStartOptions = z.infer<typeof CoreStartOptions>;

/** Main → core. */
export const ToCore = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('start'), options: CoreStartOptions }),
  z.strictObject({ kind: z.literal('invoke'), id: z.number().int(), channel: z.string(), input: z.unknown() }),
  // A desktop action's outcome: `value` is the chosen path of a dialog (null: cancelled, or « open a file »).
  z.strictObject({ kind: z.literal('desktop-done'), id: z.number().int(), problem: z.string().nullable(), value: z.string().nullable() }),
  z.strictObject({ kind: z.literal('stop') }),
]);
export type ToCore = z.infer<typeof ToCore>;

/** Core → main. */
export type FromCore =
  | { kind: 'started' }
  | { kind: 'start-failed'; failure: StartupFailure }
  | { kind: 'result'; id: number; result: unknown }
  | { kind: 'event'; event: string; payload: unknown }
  | { kind: 'desktop'; id: number; request: DesktopRequest }
  | { kind: 'stopped' };
