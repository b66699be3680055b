// Where a job's answer (or a list's) goes as it arrives: a JobBody masks, checks and splits it (see
// job-body.ts); what is not a job is said from its first bytes. Only a success is a job: other answers are
// collected as usual.
import type { IncomingHttpHeaders } from 'node:http';
import type { BodySink } from '../http/transport.js';
import { BadPayloadError, notAJob } from './api-errors.js';
import { JobBody } from './job-body.js';
import type { Spools } from '../lib/spool.js';

/** `spools`: where a result too large for memory goes as it arrives. */
export function jobSink(status: number, headers: IncomingHttpHeaders, spools: Spools): BodySink | undefined {
  if (status < 200 || status >= 300) return undefined;
  const body = new JobBody(spools);
  const explained = <T>(step: () => T): T => {
    try {
      return step();
    } catch (error) {
      if (error instanceof BadPayloadError) throw notAJob(error.message, headers, body.firstBytes());
      throw error;
    }
  };
  return {
    write: (chunk) => explained(() => body.write(chunk)),
    end: () => explained(() => body.end()),
    abort: () => body.abort()
  };
}

/** A list of jobs, its items' results and metadata dropped as they pass (job-body.ts); other answers are collected. */
export function listSink(status: number): BodySink | undefined {
  if (status < 200 || status >= 300) return undefined;
  const body = new JobBody();
  return { write: (chunk) => body.write(chunk), end: () => body.end(), abort: () => body.abort() };
}
