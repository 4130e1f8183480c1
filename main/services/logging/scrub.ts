import { homedir } from 'node:os';

/**
 * What never goes into the technical log, whatever a caller passes: secrets by their key name, and in any
 * text (messages, stacks) what looks like an IBAN, a card number, an e-mail address, a bearer token, a
 * token in a URL, or the user's home folder (which names them). Support needs what failed and where in our
 * code, not who the customer is.
 */
export const SECRET_KEY = /pass(word|phrase)?|secret|token|authori[sz]ation|cookie|iban|bic|api[-_]?key|credential|private/i;
const MASK = '[masqué]';
const MAX_DEPTH = 6;
const MAX_STRING = 2000;

/** Each pattern runs only when its cheap precondition holds: a 1 000-character line costs microseconds. */
const PATTERNS: ReadonlyArray<[RegExp, string, (text: string) => boolean]> = [
  // IBAN: two letters, two check digits, then 11 to 30 letters or digits, spaces allowed in groups of four.
  [/\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,4})?\b/g, '[IBAN masqué]', (t) => /[A-Z]{2}\d{2}/.test(t)],
  [/\b(?:\d[ -]?){13,19}\b/g, '[numéro masqué]', (t) => /\d{4}/.test(t)],
  [/[A-Z0-9._%+-]{1,64}@[A-Z0-9-]{1,63}(?:\.[A-Z0-9-]{1,63})*\.[A-Z]{2,}/gi, '[e-mail masqué]', (t) => t.includes('@')],
  [/\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]+/gi, '$1 [masqué]', (t) => /bearer|basic/i.test(t)],
  [/([?&](?:token|access_token|code|client_secret|password)=)[^&\s"']+/gi, `$1${MASK}`, (t) => t.includes('=')],
];

let home: string | null = null;
function homeFolder(): string | null {
  if (home === null) {
    try {
      home = homedir();
    } catch {
      home = '';
    }
  }
  return home || null;
}

export function scrubText(text: string, maxLength = MAX_STRING): string {
  let out = text.length > maxLength ? `${text.slice(0, maxLength)}…` : text;
  const userHome = homeFolder();
  if (userHome && userHome.length > 1) out = out.split(userHome).join('~');
  for (const [pattern, replacement, applies] of PATTERNS) if (applies(out)) out = out.replace(pattern, replacement);
  return out;
}

/** A copy of `value` safe to log: secret keys masked, every string scrubbed, depth and size bounded. */
export function scrubValue(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return scrubText(value);
  if (value === null || typeof value !== 'object') return value;
  if (depth >= MAX_DEPTH) return '[…]';
  if (value instanceof Error) return scrubError(value);
  if (Buffer.isBuffer(value)) return `[${value.length} octets]`;
  if (Array.isArray(value)) return value.slice(0, 50).map((item) => scrubValue(item, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value as Record<string, unknown>)) out[key] = SECRET_KEY.test(key) ? MASK : scrubValue(item, depth + 1);
  return out;
}

/** An error as support needs it: its kind, code, message and stack (all scrubbed), never its own properties. */
export function scrubError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { message: scrubText(String(error)) };
  const code = (error as { code?: unknown }).code;
  return {
    type: error.name,
    ...(typeof code === 'string' ? { code } : {}),
    message: scrubText(error.message),
    ...(error.stack ? { stack: scrubText(error.stack) } : {}),
  };
}
