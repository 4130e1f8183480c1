import fc from 'fast-check';

/** What a fuzzed exchange needs to know about the host it attacks. */
export interface FuzzTarget {
  port: number;
  /** A valid session cookie (`name=value`), so some requests reach the handlers behind the sign-in. */
  cookie: string;
}

/** One generated exchange: bytes written in chunks, then the write side ended or left open. */
export interface FuzzCase {
  chunks: Buffer[];
  endAfterWrite: boolean;
}

const channels = ['app:info', 'company:get', 'company:save', 'invoices:createDraft', 'invoices:issue', 'tasks:cancel', 'inconnu:canal'];

const junkText = (maxLength: number) =>
  fc.oneof(
    fc.string({ maxLength }),
    fc.string({ unit: 'binary', maxLength }),
    fc.string({ unit: fc.constantFrom('%', 'E', '0', 'A', '4', 'z', '/', '.', '[', ']', ':', '?', '#', '@', '\\', ' ', '\t'), maxLength }),
  );

const method = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('GET', 'POST', 'HEAD', 'PUT', 'DELETE', 'OPTIONS', 'PATCH', 'CONNECT', 'TRACE', 'PRI') },
  { weight: 1, arbitrary: fc.stringMatching(/^[A-Za-z-]{0,12}$/) },
  { weight: 1, arbitrary: junkText(12) },
);

const target = (port: number) =>
  fc.oneof(
    fc.constantFrom('/', '/index.html', '/events', '/assets/app.js', '*', 'http://[', 'http://a:99999/', 'http://%zz/', '/ipc/%E0%A4%A', '//evil.example/', '/?token=', '/%00', '/..%2f..%2fetc/passwd'),
    fc.constantFrom(...channels).map((channel) => `/ipc/${channel}`),
    fc.tuple(fc.constantFrom('/', '/ipc/', '/assets/', `http://127.0.0.1:${port}/`, 'http://'), junkText(64)).map(([a, b]) => a + b),
    fc.string({ unit: 'grapheme', maxLength: 40 }).map((text) => `/${text}`),
    fc.integer({ min: 1_000, max: 40_000 }).map((length) => `/${'a'.repeat(length)}`),
  );

const version = fc.oneof(
  { weight: 8, arbitrary: fc.constant('HTTP/1.1') },
  { weight: 2, arbitrary: fc.constantFrom('HTTP/1.0', 'HTTP/2.0', 'HTTP/0.9', 'HTTP/1.1x', 'http/1.1', '') },
  { weight: 1, arbitrary: junkText(10) },
);

const header = ({ port, cookie }: FuzzTarget) =>
  fc.oneof(
    fc.constantFrom(`Host: 127.0.0.1:${port}`, `Host: localhost:${port}`, 'Host: attaquant.example', 'Host:', `Cookie: ${cookie}`, `Cookie: ${cookie.split('=')[0]}=faux`),
    fc.constantFrom('Transfer-Encoding: chunked', 'Transfer-Encoding: gzip, chunked', 'Transfer-Encoding: identity', 'Expect: 100-continue', 'Connection: close', 'Connection: keep-alive, Upgrade', 'Upgrade: websocket'),
    fc.constantFrom(`Origin: http://127.0.0.1:${port}`, 'Origin: null', 'Origin: http://evil.example', 'Content-Type: application/json'),
    fc.oneof(fc.integer({ min: -5, max: 100_000 }).map(String), fc.constantFrom('99999999999999999999', '1e3', '0x10', '', ' 5', '5, 5')).map((value) => `Content-Length: ${value}`),
    fc.tuple(junkText(20), junkText(200)).map(([name, value]) => `${name}: ${value}`),
    fc.tuple(fc.stringMatching(/^[A-Za-z-]{1,20}$/), fc.integer({ min: 1_000, max: 20_000 })).map(([name, length]) => `${name}: ${'v'.repeat(length)}`),
    junkText(80),
  );

const body = fc.oneof(
  fc.constant(''),
  fc.json({ maxDepth: 4 }),
  fc.string({ unit: 'binary', maxLength: 2_000 }),
  fc.tuple(fc.integer({ min: 0, max: 0xffff }), junkText(100)).map(([size, data]) => `${size.toString(16)}\r\n${data}\r\n0\r\n\r\n`),
  fc.integer({ min: 1_000, max: 64_000 }).map((length) => '{"x":"' + 'a'.repeat(length) + '"}'),
);

function inPieces(text: string, cut: number[], endAfterWrite: boolean): FuzzCase {
  const bytes = Buffer.from(text, 'utf8');
  const points = [...new Set(cut.map((n) => n % Math.max(1, bytes.length)))].sort((a, b) => a - b);
  const chunks: Buffer[] = [];
  let start = 0;
  for (const point of points) {
    chunks.push(bytes.subarray(start, point));
    start = point;
  }
  chunks.push(bytes.subarray(start));
  return { chunks: chunks.filter((chunk) => chunk.length > 0), endAfterWrite };
}

/** Inputs a page could send, and worse: prototype keys, deep nesting, huge strings, wrong types. */
const ipcInput = fc.oneof(
  fc.json({ maxDepth: 6 }),
  fc.anything({ maxDepth: 4, withNullPrototype: true, withObjectString: true }).map((value) => JSON.stringify(value) ?? 'null'),
  fc.constantFrom('{"__proto__":{"admin":true}}', '{"constructor":{"prototype":{"x":1}}}', '[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]', '{"id":1e309}', '{"id":-0}', 'null', '"x"'),
  fc.integer({ min: 1, max: 5_000 }).map((depth) => '['.repeat(depth) + ']'.repeat(depth)),
);

/** A request a page could have sent, well formed and signed in, with a hostile or broken input. */
function plausibleCase({ port, cookie }: FuzzTarget): fc.Arbitrary<FuzzCase> {
  return fc
    .record({
      channel: fc.oneof(fc.constantFrom(...channels), junkText(30).map(encodeURIComponent)),
      body: ipcInput,
      lengthError: fc.oneof({ weight: 5, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.integer({ min: -20, max: 20 }) }),
      isSignedIn: fc.integer({ min: 0, max: 9 }).map((n) => n > 0),
      extra: fc.array(header({ port, cookie }), { maxLength: 2 }),
      cut: fc.array(fc.nat(), { maxLength: 3 }),
      endAfterWrite: fc.boolean(),
    })
    .map(({ channel, body, lengthError, isSignedIn, extra, cut, endAfterWrite }) => {
      const length = Math.max(0, Buffer.byteLength(body) + lengthError);
      const headers = [`Host: 127.0.0.1:${port}`, 'Content-Type: application/json', `Content-Length: ${length}`, ...(isSignedIn ? [`Cookie: ${cookie}`] : []), ...extra];
      return inPieces(`POST /ipc/${channel} HTTP/1.1\r\n${headers.join('\r\n')}\r\n\r\n${body}`, cut, endAfterWrite);
    });
}

/** A request as a fuzzer writes it: any request line, any headers, any body, any line endings, in pieces. */
export function fuzzCase(fuzz: FuzzTarget): fc.Arbitrary<FuzzCase> {
  return fc.oneof(chaoticCase(fuzz), plausibleCase(fuzz));
}

function chaoticCase(fuzz: FuzzTarget): fc.Arbitrary<FuzzCase> {
  return fc
    .record({
      method,
      target: target(fuzz.port),
      version,
      headers: fc.array(header(fuzz), { maxLength: 8 }),
      body,
      lineEnd: fc.constantFrom('\r\n', '\r\n', '\r\n', '\n', '\r'),
      cut: fc.array(fc.nat(), { maxLength: 4 }),
      endAfterWrite: fc.boolean(),
    })
    .map(({ method, target, version, headers, body, lineEnd, cut, endAfterWrite }) =>
      inPieces([`${method} ${target} ${version}`.trimEnd(), ...headers].join(lineEnd) + lineEnd + lineEnd + body, cut, endAfterWrite),
    );
}
