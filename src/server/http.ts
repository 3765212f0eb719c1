// Small HTTP helpers on node:http: security headers, JSON responses, bounded request bodies.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { HttpError } from './params.js';

/**
 * Article text is untrusted: the page may run only its own scripts and styles. No inline script
 * or style, no plugins, no framing, no base-URI tricks; data: images only for the favicon.
 */
export const CSP = [
  "default-src 'self'", "script-src 'self'", "style-src 'self'", "img-src 'self' data:", "connect-src 'self'",
  "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'", "form-action 'self'",
].join('; ');

export function securityHeaders(res: ServerResponse): void {
  res.setHeader('Content-Security-Policy', CSP);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('X-Frame-Options', 'DENY');
  res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
  res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const data = JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(data), 'Cache-Control': 'no-store' });
  res.end(res.req.method === 'HEAD' ? undefined : data);
}

export function sendError(res: ServerResponse, e: HttpError): void {
  if (e.status === 405) res.setHeader('Allow', 'GET, HEAD, POST');
  if (e.status === 401) res.setHeader('WWW-Authenticate', 'Bearer');
  sendJson(res, e.status, { error: { status: e.status, message: e.message, ...(e.param ? { param: e.param } : {}) } });
}

/** Reads the request body up to `limit` bytes; larger bodies are refused with 413 before they are buffered. */
export function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const declared = Number(req.headers['content-length'] ?? NaN);
  if (declared > limit) return Promise.reject(new HttpError(413, `request body too large (at most ${limit} bytes)`));
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > limit) {
        reject(new HttpError(413, `request body too large (at most ${limit} bytes)`));
        req.removeAllListeners('data');
        req.resume();
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}
