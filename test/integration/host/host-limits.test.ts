import { connect } from 'node:net';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_HOST_LIMITS } from '../../../main/host/browser-host';
import { rawExchange } from '../../support/raw-http';
import { useHostUnderTest } from '../../support/host-under-test';

const until = async (condition: () => boolean, timeoutMs = 5_000) => {
  const end = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
};

const MAX_BODY = 256 * 1024;
const BUDGET = 400 * 1024;

describe('the browser host under heavy or slow requests', () => {
  const subject = useHostUnderTest({ limits: { maxBodyBytes: MAX_BODY, bodyBudgetBytes: BUDGET, headersTimeoutMs: 600, requestTimeoutMs: 1_200, keepAliveTimeoutMs: 400 } });
  let cookie = '';
  const head = (length: number | 'chunked') =>
    `POST /ipc/app:info HTTP/1.1\r\nHost: 127.0.0.1:${subject.port}\r\nCookie: ${cookie}\r\nContent-Type: application/json\r\n` +
    (length === 'chunked' ? 'Transfer-Encoding: chunked\r\n' : `Content-Length: ${length}\r\n`) +
    '\r\n';

  beforeAll(async () => {
    cookie = await subject.login();
  });

  it('sends the whole French 413 before closing, when the announced body is over the limit', async () => {
    const size = 16 * MAX_BODY;
    const reply = await rawExchange(subject.port, [head(size), Buffer.alloc(size, 0x61)], { untilResponse: true });
    expect(reply.status, reply.raw.slice(0, 200)).toBe(413);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'request_too_large', message: expect.stringMatching(/trop volumineuses/) } });
  });

  it('sends the whole French 413 when a chunked body grows over the limit', async () => {
    const chunk = Buffer.alloc(64 * 1024, 0x61);
    const chunks: Array<string | Buffer> = [head('chunked')];
    for (let i = 0; i < 32; i++) chunks.push(`${chunk.length.toString(16)}\r\n`, chunk, '\r\n');
    chunks.push('0\r\n\r\n');
    const reply = await rawExchange(subject.port, chunks, { untilResponse: true });
    expect(reply.status, reply.raw.slice(0, 200)).toBe(413);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'request_too_large' } });
  });

  it('bounds the memory of bodies across parallel requests: over the shared budget, a French 503', async () => {
    const held = connect({ host: '127.0.0.1', port: subject.port });
    const heldReply: Buffer[] = [];
    held.on('data', (data: Buffer) => heldReply.push(data));
    const firstPart = 240 * 1024;
    const whole = 250 * 1024;
    const body = Buffer.from(JSON.stringify({ x: 'a'.repeat(whole - 8) }));
    await new Promise<void>((resolve) => held.on('connect', resolve));
    held.write(head(body.length));
    held.write(body.subarray(0, firstPart));
    await until(() => subject.host.bodyBytesInUse() >= firstPart);

    const refused = await rawExchange(subject.port, [head(body.length), body], { untilResponse: true });
    expect(refused.status).toBe(503);
    expect(JSON.parse(refused.body)).toMatchObject({ ok: false, error: { code: 'host_busy', message: expect.stringMatching(/réessayez/) } });
    expect(refused.headers['retry-after']).toBeDefined();

    held.write(body.subarray(firstPart));
    await until(() => Buffer.concat(heldReply).toString().includes('"ok"'));
    expect(Buffer.concat(heldReply).toString()).toMatch(/^HTTP\/1\.1 200/);
    held.destroy();
    await until(() => subject.host.bodyBytesInUse() === 0);
  });

  it('closes a connection that never sends its headers (headers timeout)', async () => {
    const started = Date.now();
    const reply = await rawExchange(subject.port, [], { waitMs: 5_000 });
    expect(reply.isClosed).toBe(true);
    expect(Date.now() - started).toBeLessThan(4_000);
  });

  it('closes a connection that trickles its headers a byte at a time (slowloris)', async () => {
    const started = Date.now();
    const socket = connect({ host: '127.0.0.1', port: subject.port });
    const closed = new Promise<void>((resolve) => socket.on('close', () => resolve()));
    socket.on('error', () => undefined);
    socket.resume(); // read what comes, or the close is never seen
    socket.write('GET / HTTP/1.1\r\nX-Lent: ');
    const trickle = setInterval(() => socket.write('a'), 100);
    await closed;
    clearInterval(trickle);
    expect(Date.now() - started).toBeLessThan(4_000);
  });

  it('closes a connection that trickles its body (request timeout)', async () => {
    const started = Date.now();
    const socket = connect({ host: '127.0.0.1', port: subject.port });
    const closed = new Promise<void>((resolve) => socket.on('close', () => resolve()));
    socket.on('error', () => undefined);
    socket.resume(); // read what comes, or the close is never seen
    socket.write(head(1_000));
    const trickle = setInterval(() => socket.write('a'), 100);
    await closed;
    clearInterval(trickle);
    expect(Date.now() - started).toBeLessThan(4_500);
  });

  it('closes an idle kept-alive connection after its answer', async () => {
    const started = Date.now();
    const reply = await rawExchange(subject.port, [`${head(2)}{}`], { waitMs: 5_000 });
    expect(reply.status).toBe(200);
    expect(reply.isClosed).toBe(true);
    expect(Date.now() - started).toBeLessThan(4_000);
  });

  it('uses short timeouts and bounded bodies by default', () => {
    expect(DEFAULT_HOST_LIMITS.headersTimeoutMs).toBeLessThanOrEqual(10_000);
    expect(DEFAULT_HOST_LIMITS.requestTimeoutMs).toBeLessThanOrEqual(60_000);
    expect(DEFAULT_HOST_LIMITS.keepAliveTimeoutMs).toBeLessThanOrEqual(5_000);
    expect(DEFAULT_HOST_LIMITS.bodyBudgetBytes).toBeGreaterThanOrEqual(DEFAULT_HOST_LIMITS.maxBodyBytes);
    expect(DEFAULT_HOST_LIMITS.bodyBudgetBytes).toBeLessThanOrEqual(128 * 1024 * 1024);
  });
});
