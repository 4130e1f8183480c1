/**
 * Our convention for every French text the domain produces (messages, notes, mentions):
 * - typographic apostrophe ’ (U+2019);
 * - « guillemets » with a no-break space U+00A0 inside;
 * - a no-break space U+00A0 before « : ; ! ? % € », so a line never starts with the punctuation.
 * Writers type plain spaces in the source (readable); this puts the no-break ones in.
 * Money amounts inside keep their own U+202F thousands separators (see euros.ts).
 */
export function frenchSpacing(text: string): string {
  return text
    .replace(/'/g, '’')
    .replace(/«[ \u00a0]*/g, '«\u00a0')
    .replace(/[ \u00a0]*»/g, '\u00a0»')
    .replace(/ ([:;!?%€])/g, '\u00a0$1');
}
