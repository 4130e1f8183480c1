import fc from 'fast-check';
import { z } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCodes } from '@shared/errors/error-codes';
import { channels, contract } from '@shared/ipc/contract';
import { createCore, type Core } from '../../../main/app/create-core';
import { fixedClock } from '../../../main/services/clock';
import { campaignSize, reportCampaign } from '../../support/campaign';
import { buildRichRecord } from '../../support/record-fixture';
import { makeTempDir } from '../../support/temp-dir';
import { TEST_NOW } from '../../support/test-core';
import { valueOf } from '../../support/invoicing-setup';

const PAYLOADS = campaignSize(100_000, 5_000);
const dir = makeTempDir();
let core: Core;
const unexpected: string[] = [];

beforeAll(async () => {
  core = createCore({
    dataDir: dir.path,
    transport: 'browser',
    clock: fixedClock(TEST_NOW),
    validateOutput: true,
    fetch: () => Promise.reject(new Error('no network in the fuzz campaign')),
    logError: (channel, error) => unexpected.push(`${channel}: ${error instanceof Error ? error.stack : String(error)}`),
  });
  await buildRichRecord(core);
}, 120_000);
afterAll(() => {
  core.close();
  dir.remove();
});

/** Values no form would send: extremes, non-JSON numbers, impossible dates, injection-looking text. */
const odd = fc.constantFrom<unknown>(
  NaN, Infinity, -Infinity, -0, 2 ** 53 + 2, 1e308, -1, 0, 1, 2 ** 31, 3.5, undefined, null, true, false,
  '', ' ', '0', '1', 'NaN', '2026-02-30', '2026-13-01', '2026-11-27', '9999-12-31', '__proto__', 'constructor', 'F-2026-0001',
  '\u0000', '\u202e\u0644', '<script>alert(1)</script>', "'; DROP TABLE invoices; --", '%E0%A4%A', '../../etc/passwd',
  new Date(0), [], {}, [null], { toString: 'x' },
);
/** Up to 2 MB in one string. */
const huge = fc.constantFrom(1_000, 100_000, 1_000_000).chain((n) => fc.constantFrom('é'.repeat(n), '9'.repeat(n), `${'a'.repeat(n)}@b.fr`));
/** Own `__proto__`, `constructor` and `prototype` keys, as JSON.parse makes them. */
const prototypeKeys = fc.jsonValue().map((value) => JSON.parse(`{"__proto__":${JSON.stringify(value) ?? 'null'},"constructor":{"prototype":{"polluted":true}},"prototype":{"polluted":true},"toString":1}`) as unknown);
/** Arrays or objects nested thousands deep. */
const deep = fc.tuple(fc.integer({ min: 100, max: 20_000 }), fc.boolean()).map(([depth, isArray]) =>
  JSON.parse(isArray ? `${'['.repeat(depth)}${']'.repeat(depth)}` : `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`) as unknown,
);
const anyValue: fc.Arbitrary<unknown> = fc.oneof({ weight: 4, arbitrary: fc.jsonValue() }, { weight: 3, arbitrary: odd }, huge, prototypeKeys, deep);

/** The keys a schema expects, one level into nested objects, so payloads get past the first check. */
function shaped(schema: z.ZodType, depth = 0): fc.Arbitrary<unknown> {
  const shape = schema instanceof z.ZodObject ? (schema.shape as Record<string, z.ZodType>) : null;
  if (!shape || depth > 1) return anyValue;
  const keys = Object.fromEntries(Object.entries(shape).map(([key, inner]) => [key, fc.oneof(anyValue, shaped(inner, depth + 1))]));
  return fc.record(keys, { requiredKeys: [] });
}

const knownChannel = fc.constantFrom(...channels).chain((channel) => fc.tuple(fc.constant<string>(channel), fc.oneof(anyValue, shaped(contract[channel].request))));
const strangeChannel = fc.tuple(fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty', 'invoices:', '', 'x'.repeat(100_000), 'journal:verify '), anyValue);
const calls = fc.oneof({ weight: 19, arbitrary: knownChannel }, { weight: 1, arbitrary: strangeChannel });

/** What a refusal must look like: `{ ok: false }`, a code of the closed set, a French message; never "internal". */
function problemWith(result: unknown): string | null {
  if (typeof result !== 'object' || result === null || !('ok' in result)) return 'not a Result';
  if (result.ok === true) return null;
  const error = (result as { error?: { code?: unknown; message?: unknown } }).error;
  if (!error || !errorCodes.includes(error.code as never)) return `code outside the closed set: ${String(error?.code)}`;
  if (error.code === 'internal') return 'internal error (an exception the core did not expect)';
  if (typeof error.message !== 'string' || error.message.length === 0) return 'no message';
  if (/^(Invalid|Expected|Required|Too (big|small)|Unrecognized)/.test(error.message)) return `English message: ${error.message}`;
  return null;
}

describe('IPC fuzz campaign: every channel, any payload', () => {
  it(`answers ${PAYLOADS} arbitrary payloads with a Result, never a crash, every refusal with a code of the closed set`, async () => {
    const failures: string[] = [];
    const outcomes = new Map<string, number>();
    const seed = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);
    let done = 0;
    while (done < PAYLOADS) {
      const batch = fc.sample(calls, { numRuns: Math.min(500, PAYLOADS - done), seed: seed + done });
      for (const [channel, payload] of batch) {
        try {
          const result = await core.invoke(channel, payload);
          const outcome = result.ok ? 'ok' : result.error.code;
          outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
          const problem = problemWith(result);
          if (problem) failures.push(`${channel.slice(0, 40)}: ${problem} (seed ${seed}, call ${done})`);
        } catch (error) {
          failures.push(`${channel.slice(0, 40)}: threw ${String(error)} (seed ${seed}, call ${done})`);
        }
        done += 1;
      }
    }
    reportCampaign('IPC : charges arbitraires sur chaque canal', 'appels', done, failures.length);
    console.log(`campagne IPC (graine ${seed}) : ${[...outcomes].map(([outcome, n]) => `${outcome} ${n}`).join(', ')}`);
    expect(failures.slice(0, 20)).toEqual([]);
    expect(unexpected.slice(0, 5)).toEqual([]);
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
    // Whatever was written along the way was written properly.
    expect(valueOf(await core.invoke('journal:verify', {})).findings.filter((f) => f.severity === 'error')).toEqual([]);
  }, 3_600_000);
});
