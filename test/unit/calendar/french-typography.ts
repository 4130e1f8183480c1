import { expect } from 'vitest';

/**
 * Checks a user-facing French text for the typography slips that reviews keep catching: typewriter
 * apostrophes and quotes, guillemets without inner spaces, no space before a high punctuation mark.
 * Shared by the calendar and setup tests; not a test file itself.
 */
export function expectFrenchText(text: string, options: { isSentence: boolean }): void {
  expect(text.trim(), 'empty text').not.toBe('');
  expect(text, `surrounding spaces in ${JSON.stringify(text)}`).toBe(text.trim());
  expect(text, `typewriter apostrophe in ${JSON.stringify(text)}`).not.toMatch(/'/);
  expect(text, `typewriter quote in ${JSON.stringify(text)}`).not.toMatch(/"/);
  expect(text, `double space in ${JSON.stringify(text)}`).not.toMatch(/ {2}/);
  expect(text, `« without a space after it in ${JSON.stringify(text)}`).not.toMatch(/«(?![ \u00a0\u202f])/);
  expect(text, `» without a space before it in ${JSON.stringify(text)}`).not.toMatch(/(?<![ \u00a0\u202f])»/);
  // French puts a space before : ; ? ! (URLs aside).
  expect(text, `no space before high punctuation in ${JSON.stringify(text)}`).not.toMatch(/[^\s\u00a0\u202f][:;?!](?!\/\/)/);
  expect(text, `unfilled placeholder in ${JSON.stringify(text)}`).not.toMatch(/\{\w+\}/);
  expect(text.charAt(0), `lower-case start in ${JSON.stringify(text)}`).toBe(text.charAt(0).toLocaleUpperCase('fr'));
  if (options.isSentence) expect(text, `no final full stop in ${JSON.stringify(text)}`).toMatch(/[.!?]$/);
  else expect(text, `title ending with a full stop: ${JSON.stringify(text)}`).not.toMatch(/\.$/);
}
