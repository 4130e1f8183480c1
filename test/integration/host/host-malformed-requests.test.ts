import { beforeAll, describe, expect, it } from 'vitest';
import { rawExchange } from '../../support/raw-http';
import { useHostUnderTest } from '../../support/host-under-test';

/**
 * Request targets and headers that once ended the host's process before any check ran. Each goes over a
 * raw socket (no HTTP library to tidy it up); the host must answer 400 in French and keep serving.
 */
describe('the browser host facing malformed requests', () => {
  const subject = useHostUnderTest();
  let cookie = '';
  beforeAll(async () => {
    cookie = await subject.login();
  });

  const request = (line: string, extraHeaders = '', body = '') =>
    rawExchange(subject.port, [`${line}\r\nHost: 127.0.0.1:${subject.port}\r\nCookie: ${cookie}\r\nContent-Length: ${Buffer.byteLength(body)}\r\n${extraHeaders}\r\n${body}`], {
      untilResponse: true,
    });

  async function expectStillServing(): Promise<void> {
    const reply = await request('POST /ipc/app:info HTTP/1.1', 'Content-Type: application/json\r\n', '{}');
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: true });
  }

  const shapes: Array<[string, string]> = [
    ['an absolute target with an unclosed IPv6 bracket', 'GET http://[ HTTP/1.1'],
    ['an absolute target with a port out of range', 'GET http://a:99999/ HTTP/1.1'],
    ['an absolute target with a bad percent escape in the host', 'GET http://%zz/ HTTP/1.1'],
    ['an IPC channel that is not valid percent-encoding', 'POST /ipc/%E0%A4%A HTTP/1.1'],
    ['an asterisk target', 'OPTIONS * HTTP/1.1'],
    ['a bad escape in a static path', 'GET /assets/%E0%A4%A.js HTTP/1.1'],
    ['an IPC channel with a bad escape', 'POST /ipc/%ZZ HTTP/1.1'],
    ['a target that is a bare host name', 'GET 127.0.0.1 HTTP/1.1'],
    ['a protocol-relative target', 'GET //evil.example/ HTTP/1.1'],
  ];

  for (const [name, line] of shapes) {
    it(`answers 400 in French to ${name}, and keeps serving`, async () => {
      const reply = await request(line);
      expect(reply.status, reply.raw).toBe(400);
      expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'request_invalid', message: expect.stringMatching(/requête/i) } });
      await expectStillServing();
    });
  }

  it('answers 400 in French to a request line that is not HTTP, and keeps serving', async () => {
    const reply = await rawExchange(subject.port, ['\u0000\u00ff BONJOUR\r\n\r\n'], { untilResponse: true });
    expect(reply.status).toBe(400);
    expect(reply.body).toMatch(/requête/i);
    await expectStillServing();
  });

  it('answers 400 in French to an HTTP/1.1 request without Host (found by the fuzz campaign)', async () => {
    const reply = await rawExchange(subject.port, [`GET / HTTP/1.1\r\nCookie: ${cookie}\r\n\r\n`], { untilResponse: true });
    expect(reply.status).toBe(400);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'request_invalid' } });
    await expectStillServing();
  });

  it('answers 400 to a header line without a colon, and keeps serving', async () => {
    const reply = await rawExchange(subject.port, [`GET / HTTP/1.1\r\nHost: 127.0.0.1:${subject.port}\r\nsans deux-points\r\n\r\n`], { untilResponse: true });
    expect(reply.status).toBe(400);
    expect(reply.body).toMatch(/requête/i);
    await expectStillServing();
  });
});

describe('the browser host when our own code throws', () => {
  const subject = useHostUnderTest({
    wrapInvoke: (invoke) => (channel, input) => {
      if (channel === 'company:get') throw new Error('boom (synchrone)');
      if (channel === 'onboarding:get') return Promise.reject(new Error('boom (asynchrone)'));
      return invoke(channel, input);
    },
  });

  it('answers a French 500 to a handler that throws, at once or later, and keeps serving', async () => {
    const cookie = await subject.login();
    const call = (channel: string) =>
      rawExchange(subject.port, [`POST /ipc/${channel} HTTP/1.1\r\nHost: 127.0.0.1:${subject.port}\r\nCookie: ${cookie}\r\nContent-Length: 2\r\n\r\n{}`], { untilResponse: true });
    for (const channel of ['company:get', 'onboarding:get']) {
      const reply = await call(channel);
      expect(reply.status, channel).toBe(500);
      expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'internal', message: expect.stringMatching(/inattendue/) } });
    }
    expect((await call('app:info')).status).toBe(200);
  });
});
