// An HTTP answer as a value, so routes stay pure and faults can truncate or delay the real one.
import type { ServerResponse } from 'node:http';

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
