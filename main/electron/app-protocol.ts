import { protocol } from 'electron';
import { appProtocolResponse } from './app-protocol-response';
import { APP_SCHEME } from './app-url';

/**
 * Before `ready`: `app://` behaves as a standard, secure origin (fetch, relative URLs, CSP 'self'), so the
 * page needs no file:// privileges (the GrantFileProtocolExtraPrivileges fuse is off).
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
}

/** After `ready`: serves the built renderer at app://facturier/, nothing outside it. */
export function serveAppProtocol(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const answer = await appProtocolResponse(request.url, rendererDir);
    return new Response(answer.body ? new Uint8Array(answer.body) : null, { status: answer.status, headers: answer.headers });
  });
}
