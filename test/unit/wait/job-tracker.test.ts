import { beforeEach, describe, expect, it, jest } from '@jest/globals';
import * as core from '../../__fixtures__/core.js';
import type { ExtractJob } from '../../../src/model/types.js';

jest.unstable_mockModule('@actions/core', () => core);
const { JobTracker } = await import('../../../src/wait/job-tracker.js');
const { ApiError, RequestFailedError } = await import('../../../src/api/api-errors.js');

const START = Date.parse('2026-01-01T00:00:00Z');
const job = (id: string, status: string): ExtractJob => ({ id, status, usage: {}, served: [Buffer.from('{}')] });
const found = (status: string) => (id: string) => () => Promise.resolve(job(id, status));
const fails = (error: Error) => () => Promise.reject(error);
/** The tracker's clock: it moves only when a test says. */
let now = START;
const clock = { now: () => now };
const later = (ms: number): void => void (now += ms);

beforeEach(() => {
  jest.clearAllMocks();
  now = START;
});

describe('reads', () => {
  it('keeps a running job pending and ends the wait for a terminal one', async () => {
    const tracker = new JobTracker(['ext-1', 'ext-2', 'ext-3'], START, clock);
    expect(tracker.pending()).toEqual(['ext-1', 'ext-2', 'ext-3']);
    await tracker.read('ext-1', found('RUNNING')('ext-1'));
    await tracker.read('ext-2', found('FAILED')('ext-2'));
    await tracker.read('ext-3', found('COMPLETED')('ext-3'));
    expect(tracker.pending()).toEqual(['ext-1']);
    expect(tracker.reads(true)).toEqual([
      { id: 'ext-1', status: 'RUNNING', job: job('ext-1', 'RUNNING'), timedOut: true, error: undefined },
      { id: 'ext-2', status: 'FAILED', job: job('ext-2', 'FAILED'), timedOut: false, error: undefined },
      { id: 'ext-3', status: 'COMPLETED', job: job('ext-3', 'COMPLETED'), timedOut: false, error: undefined }
    ]);
  });

  it('counts a pending job as timed out only when the step waited', async () => {
    const tracker = new JobTracker(['ext-1'], START, clock);
    await tracker.read('ext-1', found('PENDING')('ext-1'));
    expect(tracker.reads(true)[0]!.timedOut).toBe(true);
    expect(tracker.reads(false)[0]!.timedOut).toBe(false);
  });

  it('keeps a job seen in a list pending until it has been read in full', () => {
    const tracker = new JobTracker(['ext-1'], START, clock);
    tracker.seen('ext-1', 'COMPLETED');
    expect(tracker.pending()).toEqual(['ext-1']);
    expect(tracker.reads(false)[0]).toMatchObject({ status: 'COMPLETED', job: undefined });
  });

  it('ends the wait for a job the API refuses for good, with the reason', async () => {
    const tracker = new JobTracker(['ext-gone', 'ext-down'], START, clock);
    await tracker.read('ext-gone', fails(new ApiError(404, "Extract job 'ext-gone' was not found (404 Not Found).")));
    await tracker.read('ext-down', fails(new RequestFailedError('GET /api/v2/extract/ext-down failed: 503 Service Unavailable.', false)));
    expect(tracker.pending()).toEqual([]);
    expect(tracker.reads(true)).toEqual([
      expect.objectContaining({
        id: 'ext-gone',
        status: '',
        timedOut: false,
        error: "Extract job 'ext-gone' was not found (404 Not Found)."
      }),
      expect.objectContaining({
        id: 'ext-down',
        status: '',
        timedOut: false,
        error: 'GET /api/v2/extract/ext-down failed: 503 Service Unavailable.'
      })
    ]);
  });

  it('leaves a job whose read ran into the deadline pending, as timed out with the last error', async () => {
    const tracker = new JobTracker(['ext-1'], START, clock);
    await tracker.read('ext-1', found('RUNNING')('ext-1'));
    await tracker.read('ext-1', fails(new RequestFailedError('GET /api/v2/extract/ext-1 failed: timeout.', true)));
    expect(tracker.pending()).toEqual(['ext-1']);
    expect(tracker.reads(true)[0]).toMatchObject({
      status: 'RUNNING',
      timedOut: true,
      error: 'GET /api/v2/extract/ext-1 failed: timeout.'
    });
  });

  it('lets any other error through', async () => {
    const tracker = new JobTracker(['ext-1'], START, clock);
    const bug = new TypeError('not a job');
    await expect(tracker.read('ext-1', fails(bug))).rejects.toBe(bug);
  });

  it('warns once per status it does not know, and treats it as running', async () => {
    const tracker = new JobTracker(['ext-1', 'ext-2'], START, clock);
    tracker.seen('ext-1', 'PAUSED');
    await tracker.read('ext-2', found('PAUSED')('ext-2'));
    await tracker.read('ext-1', found('PAUSED')('ext-1'));
    await tracker.read('ext-2', found('QUEUED')('ext-2'));
    await tracker.read('ext-1', found('RUNNING')('ext-1'));
    expect(core.messages(core.warning)).toEqual([
      "Job ext-1 has status 'PAUSED', which this action does not know: it is treated as still running until it ends or the timeout is reached.",
      "Job ext-2 has status 'QUEUED', which this action does not know: it is treated as still running until it ends or the timeout is reached."
    ]);
    expect(tracker.pending()).toEqual(['ext-1', 'ext-2']);
  });
});

describe('progress lines', () => {
  it('says where one job stands, with the time since the start', async () => {
    const tracker = new JobTracker(['ext-1'], START, clock);
    tracker.report();
    later(1500);
    await tracker.read('ext-1', found('RUNNING')('ext-1'));
    tracker.report();
    later(1000);
    await tracker.read('ext-1', found('COMPLETED')('ext-1'));
    tracker.report();
    expect(core.messages(core.info)).toEqual(['Job ext-1: not read yet (0s)', 'Job ext-1: RUNNING (1.5s)', 'Job ext-1: COMPLETED (2.5s)']);
  });

  it('repeats an unchanged line only every 5 seconds', async () => {
    const tracker = new JobTracker(['ext-1'], START, clock);
    await tracker.read('ext-1', found('RUNNING')('ext-1'));
    for (let second = 0; second <= 6; second++) {
      tracker.report();
      later(1000);
    }
    expect(core.messages(core.info)).toEqual(['Job ext-1: RUNNING (0s)', 'Job ext-1: RUNNING (5s)']);
  });

  it('says when the one job could not be read', async () => {
    const tracker = new JobTracker(['ext-1'], START, clock);
    await tracker.read('ext-1', fails(new ApiError(401, 'LlamaCloud rejected the API key')));
    tracker.report();
    expect(core.messages(core.info)).toEqual(['Job ext-1: could not be read (0s)']);
  });

  it('counts several jobs by status', async () => {
    const tracker = new JobTracker(['ext-1', 'ext-2', 'ext-3', 'ext-4', 'ext-5'], START, clock);
    await tracker.read('ext-1', found('COMPLETED')('ext-1'));
    await tracker.read('ext-2', found('RUNNING')('ext-2'));
    tracker.seen('ext-3', 'RUNNING');
    await tracker.read('ext-4', fails(new ApiError(404, 'not found')));
    later(65_000);
    tracker.report();
    expect(core.messages(core.info)).toEqual([
      '2 of 5 jobs finished: 1 COMPLETED, 2 RUNNING, 1 unreadable, 1 not read yet; 1.8 a minute, about 1m 38s left (1m 05s)'
    ]);
  });

  it('says where several jobs stand every few seconds on its clock, and once all have ended', async () => {
    const tracker = new JobTracker(['ext-1', 'ext-2'], START - 3000, clock);
    const look = async (seconds: number, status: (id: string) => string): Promise<void> => {
      later(seconds * 1000);
      for (const id of tracker.pending()) await tracker.read(id, found(status(id))(id));
      tracker.report();
    };
    await look(0, () => 'RUNNING');
    await look(1, () => 'RUNNING');
    await look(1, (id) => (id === 'ext-1' ? 'COMPLETED' : 'RUNNING'));
    await look(4, () => 'RUNNING');
    await look(1, () => 'RUNNING');
    await look(1, () => 'FAILED');
    expect(core.messages(core.info)).toEqual([
      '0 of 2 jobs finished: 2 RUNNING (3s)',
      '1 of 2 jobs finished: 1 COMPLETED, 1 RUNNING; 10 a minute, about 6s left (9s)',
      '2 of 2 jobs finished: 1 COMPLETED, 1 FAILED (11s)'
    ]);
  });
});

describe('jobs that come while it waits', () => {
  it('hands each ended job on once, keeping only its status, and counts to the total expected', async () => {
    const tracker = new JobTracker([], START, clock);
    tracker.report();
    // Nothing to say before the first job has come.
    expect(core.messages(core.info)).toEqual([]);
    tracker.add('ext-1');
    tracker.add('ext-1');
    tracker.expect(3);
    expect([tracker.size, tracker.total]).toEqual([1, 3]);
    await tracker.read('ext-1', found('COMPLETED')('ext-1'));
    expect(tracker.handOver('ext-1')).toEqual({
      id: 'ext-1',
      status: 'COMPLETED',
      job: job('ext-1', 'COMPLETED'),
      timedOut: false,
      error: undefined
    });
    expect(tracker.handOver('ext-1')).toBeUndefined();
    tracker.add('ext-2');
    await tracker.read('ext-2', found('RUNNING')('ext-2'));
    expect(tracker.handOver('ext-2')).toBeUndefined();
    tracker.report();
    expect(core.messages(core.info)).toEqual(['1 of 3 jobs finished: 1 COMPLETED, 1 RUNNING (0s)']);
    // Only the jobs not handed on are left to read at the end.
    expect(tracker.reads(true)).toEqual([
      { id: 'ext-2', status: 'RUNNING', job: job('ext-2', 'RUNNING'), timedOut: true, error: undefined }
    ]);
  });

  it('counts the jobs handed on by how they ended, each once, however many end alike', async () => {
    const ids = ['ext-1', 'ext-2', 'ext-3', 'ext-4', 'ext-5'];
    const tracker = new JobTracker(ids, START, clock);
    await tracker.read('ext-1', found('COMPLETED')('ext-1'));
    await tracker.read('ext-2', found('COMPLETED')('ext-2'));
    await tracker.read('ext-3', found('FAILED')('ext-3'));
    await tracker.read('ext-4', fails(new ApiError(404, 'not found')));
    await tracker.read('ext-5', found('RUNNING')('ext-5'));
    expect(ids.map((id) => tracker.handOver(id)?.status)).toEqual(['COMPLETED', 'COMPLETED', 'FAILED', '', undefined]);
    expect(ids.map((id) => tracker.handOver(id))).toEqual([undefined, undefined, undefined, undefined, undefined]);
    expect(tracker.pending()).toEqual(['ext-5']);
    tracker.report();
    expect(core.messages(core.info)).toEqual(['4 of 5 jobs finished: 2 COMPLETED, 1 FAILED, 1 unreadable, 1 RUNNING (0s)']);
    expect(tracker.reads(true).map((read) => read.id)).toEqual(['ext-5']);
  });
});
