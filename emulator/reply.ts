// An HTTP answer as a value, so routes stay pure and faults can truncate or delay the real one.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { gzipSync } from 'node:zlib';

export interface Reply {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

export function bufferReply(status: number, body: Buffer, headers: Record<string, string> = {}): Reply {
  return { status, headers: { 'content-type': 'application/json', ...headers }, body };
}

export function jsonReply(status: number, value: unknown, headers: Record<string, string> = {}): Reply {
  return bufferReply(status, Buffer.from(JSON.stringify(value)), headers);
}

/** FastAPI's 422 body for one invalid parameter. */
export function validationReply(loc: Array<string | number>, msg: string, type: string): Reply {
  return jsonReply(422, { detail: [{ loc, msg, type }] });
}

export function replyHeaders(reply: Reply): Record<string, string> {
  return { ...reply.headers, 'content-length': String(reply.body.length) };
}

export function send(res: ServerResponse, reply: Reply): void {
  if (res.destroyed) return;
  res.writeHead(reply.status, replyHeaders(reply));
  res.end(reply.body);
}

/** The reply gzipped when the request accepts it, as a cloud load balancer answers. */
export function gzipFor(req: IncomingMessage, reply: Reply): Reply {
  if (!/\bgzip\b/.test(String(req.headers['accept-encoding'] ?? '')) || reply.body.length === 0) return reply;
  return { ...reply, headers: { ...reply.headers, 'content-encoding': 'gzip' }, body: gzipSync(reply.body) };
}
