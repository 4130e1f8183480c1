import type { MessageKey } from '../i18n/fr';
import { t } from '../i18n/t';
import type { FieldNoun } from './issue-messages';

/**
 * A form's way of naming its fields in messages. Rows of a list are written with `*` for the row
 * ("chorus.services.*.code") and their list gives the context (« Service 2 »).
 */
export function fieldNouns(nouns: Readonly<Record<string, MessageKey>>, lists: Readonly<Record<string, MessageKey>> = {}) {
  return (field: string): FieldNoun => {
    const segments = field.split('.');
    const rowAt = segments.findIndex((segment) => /^\d+$/.test(segment));
    const pattern = segments.map((segment) => (/^\d+$/.test(segment) ? '*' : segment)).join('.');
    const nounKey = nouns[pattern] ?? nouns[segments.at(-1) ?? ''];
    const noun = nounKey ? t(nounKey) : t('noun.field');
    if (rowAt < 0) return { noun };
    const listKey = lists[segments.slice(0, rowAt).join('.')];
    return listKey ? { noun, context: t(listKey, { n: Number(segments[rowAt]) + 1 }) } : { noun };
  };
}
