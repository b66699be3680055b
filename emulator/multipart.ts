// A real multipart/form-data parser (RFC 7578): what the emulator's upload route reads the action's bodies with.

export interface Part {
  /** The form field, from Content-Disposition `name`. */
  name: string;
  /** From Content-Disposition `filename`, percent-escapes decoded; absent for a plain field. */
  filename?: string;
  contentType?: string;
  /** Lowercased names. */
  headers: Record<string, string>;
  data: Buffer;
}

export class MultipartError extends Error {}

/** The boundary of a `multipart/form-data; boundary=...` content type, quoted or not. */
export function boundaryOf(contentType: string | undefined): string | undefined {
  if (!contentType || !/^multipart\/form-data\s*;/i.test(contentType)) return undefined;
  const match = /;\s*boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
  return match ? (match[1] ?? match[2]) : undefined;
}

/** Every part of `body`; a missing opening or closing delimiter, or a part without headers, is a MultipartError. */
export function parseMultipart(body: Buffer, boundary: string): Part[] {
  const delimiter = Buffer.from(`--${boundary}`);
  const between = Buffer.from(`\r\n--${boundary}`);
  let at = body.indexOf(delimiter);
  if (at < 0) throw new MultipartError('no opening boundary');
  at += delimiter.length;
  const parts: Part[] = [];
  for (;;) {
    if (body.subarray(at, at + 2).toString() === '--') return parts;
    if (body.subarray(at, at + 2).toString() !== '\r\n') throw new MultipartError('boundary not followed by CRLF');
    at += 2;
    const headEnd = body.indexOf('\r\n\r\n', at);
    if (headEnd < 0) throw new MultipartError('part without a header block');
    const headers = parseHeaders(body.subarray(at, headEnd).toString('latin1'));
    const dataStart = headEnd + 4;
    const dataEnd = body.indexOf(between, dataStart);
    if (dataEnd < 0) throw new MultipartError('body cut short: no closing boundary');
    parts.push(partOf(headers, body.subarray(dataStart, dataEnd)));
    at = dataEnd + between.length;
  }
}

function parseHeaders(block: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const line of block.split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon <= 0) throw new MultipartError(`malformed part header '${line}'`);
    headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return headers;
}

function partOf(headers: Record<string, string>, data: Buffer): Part {
  const disposition = headers['content-disposition'] ?? '';
  if (!/^form-data\b/i.test(disposition)) throw new MultipartError('part without Content-Disposition: form-data');
  const param = (key: string): string | undefined => {
    const match = new RegExp(`;\\s*${key}="([^"]*)"`, 'i').exec(disposition) ?? new RegExp(`;\\s*${key}=([^;\\s]+)`, 'i').exec(disposition);
    return match?.[1] === undefined ? undefined : decodeURIComponent(match[1]);
  };
  const name = param('name');
  if (name === undefined) throw new MultipartError('part without a name');
  const filename = param('filename');
  return {
    name,
    ...(filename === undefined ? {} : { filename }),
    ...(headers['content-type'] ? { contentType: headers['content-type'] } : {}),
    headers,
    data: Buffer.from(data)
  };
}
