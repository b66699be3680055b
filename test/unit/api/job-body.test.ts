import { describe, expect, it } from '@jest/globals';
import { BadPayloadError } from '../../../src/api/api-errors.js';
import { JobBody, type JobBodyParts } from '../../../src/api/job-body.js';
import { Spools } from '../../../src/lib/spool.js';

/** The parts of `body` delivered in pieces of `piece` bytes. */
function split(body: Buffer, piece = body.length): JobBodyParts {
  const jobBody = new JobBody(new Spools());
  for (let at = 0; at < body.length; at += piece) jobBody.write(body.subarray(at, at + piece));
  return jobBody.end();
}

const shown = (parts: JobBodyParts) => ({
  rest: parts.rest.toString().trimEnd(),
  resultAt: parts.resultAt,
  json: parts.json?.toString()
});

/** Trailing whitespace is valid JSON that changes no span, and takes an answer past the size split whole. */
const PADDING = ' '.repeat(200 * 1024);

describe('JobBody', () => {
  const bodies = [
    '{"id":"ext-1","extract_result":{"total":1.10,"lines":[{"a":"}\\"]"}]},"status":"COMPLETED"}',
    ' {\n "extract_result" : [ 1 , "x" ] ,\t"extract_metadata": {"extract_result": {"deep": true}} }\n',
    '{"id":"ext-2","extract_result":null}',
    '{"id":"ext-3","status":"RUNNING"}',
    '{"extract_result":{"first":1},"id":"ext-4","extract_\\u0072esult":"last wins"}',
    '{"extract_result":-2e-3}',
    '{"extract_result":"caf\u00e9 \\ud83d\\ude00","usage":{}}',
    '{}'
  ];

  it.each(bodies)('splits a small answer whole exactly as the scanner splits a large one: %s', (text) => {
    const small = Buffer.from(text);
    const whole = split(small);
    expect(shown(whole)).toEqual(shown(split(Buffer.from(text + PADDING), 4096)));
    // However the answer arrives.
    expect(shown(split(small, 1))).toEqual(shown(whole));
    expect(whole.head.toString()).toBe(text);
    // The rest is the job without its result, which is the bytes as served.
    const job = JSON.parse(text) as Record<string, unknown>;
    const rest = JSON.parse(whole.rest.toString()) as Record<string, unknown>;
    expect(rest).toEqual('extract_result' in job ? { ...job, extract_result: null } : job);
    expect(whole.json === undefined ? undefined : JSON.parse(whole.json.toString())).toEqual(job.extract_result);
  });

  it.each([
    ['{"id":"ext-1",}', 'not a JSON object (expected a key after a comma at byte 14)'],
    ['{"id":"ext-1"', 'not a JSON object (the JSON ends early, after 13 bytes)'],
    ['[{"id":"ext-1"}]', "not a JSON object (expected '{' at byte 0)"],
    ['<html>busy</html>', "not a JSON object (expected '{' at byte 0)"]
  ])('says where an answer that is not a JSON object broke: %s', (text, message) => {
    const jobBody = new JobBody(new Spools());
    jobBody.write(Buffer.from(text));
    expect(() => jobBody.end()).toThrow(new BadPayloadError(message));
  });

  it('scans an answer past the size it splits whole as it arrives, and stops at its first wrong byte', () => {
    const jobBody = new JobBody(new Spools());
    jobBody.write(Buffer.from(`{"id":"ext-1","extract_result":"${'x'.repeat(100 * 1024)}"`));
    expect(() => jobBody.write(Buffer.from(',}'))).toThrow(BadPayloadError);
  });
});
