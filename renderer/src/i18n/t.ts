import { fr, type MessageKey } from './fr';

/** Looks a text up in the catalogue and fills its `{placeholders}`. */
export function t(key: MessageKey, params: Record<string, string | number> = {}): string {
  return fr[key].replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match));
}

/** The texts that agree with a number: a `.one` and an `.other` form in the catalogue. */
export type PluralKey = { [K in MessageKey]: K extends `${infer Base}.one` ? (`${Base}.other` extends MessageKey ? Base : never) : never }[MessageKey];

const frenchPlurals = new Intl.PluralRules('fr-FR');

/**
 * A text that agrees with `count`, never « facture(s) »: Intl.PluralRules picks the form (in French, 0 and
 * 1 take the singular: « 0 brouillon », « 1 facture », « 2 factures »). `{count}` is filled too.
 */
export function tp(key: PluralKey, count: number, params: Record<string, string | number> = {}): string {
  const form = frenchPlurals.select(count) === 'one' ? 'one' : 'other';
  return t(`${key}.${form}` as MessageKey, { count, ...params });
}
