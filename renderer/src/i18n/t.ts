import { fr, type MessageKey } from './fr';

/** Looks a text up in the catalogue and fills its `{placeholders}`. */
export function t(key: MessageKey, params: Record<string, string | number> = {}): string {
  return fr[key].replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match));
}
