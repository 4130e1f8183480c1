import type { ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { errorMessages, type ErrorCode } from '@shared/errors/error-codes';
import { fail } from '@shared/ipc/result';
import { CONTENT_SECURITY_POLICY, HEADER_ONLY_CSP } from '@shared/security/content-security-policy';

export const securityHeaders = {
  'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; ${HEADER_ONLY_CSP}`,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

export function sendJson(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    ...securityHeaders,
    ...headers,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
  });
  response.end(text);
}

export function sendFailure(response: ServerResponse, status: number, code: ErrorCode, headers: Record<string, string> = {}): void {
  sendJson(response, status, fail(code, errorMessages[code]), headers);
}

export function sendHtml(response: ServerResponse, status: number, html: string, headers: Record<string, string> = {}): void {
  response.writeHead(status, {
    ...securityHeaders,
    ...headers,
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Length': Buffer.byteLength(html),
    'Cache-Control': 'no-store',
  });
  response.end(html);
}

const statusTexts: Record<number, string> = { 400: 'Bad Request', 408: 'Request Timeout', 431: 'Request Header Fields Too Large' };

/**
 * The answer to a request Node could not even parse (no request object exists yet): written straight
 * on the socket, in French, then the connection is closed.
 */
export function answerOnSocket(socket: Socket, status: 400 | 408 | 431, code: ErrorCode): void {
  const body = JSON.stringify(fail(code, errorMessages[code]));
  const head = [
    `HTTP/1.1 ${status} ${statusTexts[status]}`,
    'Content-Type: application/json; charset=utf-8',
    `Content-Length: ${Buffer.byteLength(body)}`,
    'Cache-Control: no-store',
    'Connection: close',
  ].join('\r\n');
  socket.end(`${head}\r\n\r\n${body}`);
}
