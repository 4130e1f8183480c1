/**
 * The one Content-Security-Policy of the app: the Electron window gets it as a meta tag in index.html,
 * the browser host also sends it as a header. Nothing inline, no eval, no remote origin.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** Directives a meta tag cannot carry; the browser host adds them as headers. */
export const HEADER_ONLY_CSP = "frame-ancestors 'none'";
