import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import * as core from '../../__fixtures__/core.js';
import type { RecordedRequest } from '../../../emulator/emulator.js';
import type { JobRead } from '../../../src/model/types.js';
import { useSuiteEmulator } from '../../support/emulators.js';

jest.unstable_mockModule('@actions/core', () => core);
const { waitForJobs } = await import('../../../src/wait/poller.js');
const { Handover } = await import('../../../src/lib/handover.js');
type WaitOptions = Omit<Parameters<typeof waitForJobs>[2], 'onEnded'>;
const { ExtractClient } = await import('../../../src/api/extract-client.js');
const { Spools } = await import('../../../src/lib/spool.js');
const { Transport } = await import('../../../src/http/transport.js');

const emulator = useSuiteEmulator();
let transport: InstanceType<typeof Transport>;
let client: InstanceType<typeof ExtractClient>;
beforeEach(() => {
  jest.clearAllMocks();
  transport = new Transport('poller-test', 8);
  client = new ExtractClient({ baseUrl: emulator.url, apiKey: emulator.apiKey }, transport, new Spools());
});
afterEach(() => transport.dispose());

// Each test is a step that starts now: the step's start is given, as main gives it.
const options = (extra: Partial<WaitOptions> = {}): WaitOptions => ({
  startedAt: Date.now(),
  wait: true,
  timeoutMs: 4000,
  pollIntervalMs: 1000,
  signal: new AbortController().signal,
  ...extra
});
/** Waits for jobs all known at the start: every read, those handed on as they ended and the rest, in the IDs' order. */
async function waitAll(jobIds: string[], waitOptions: WaitOptions): Promise<{ reads: JobRead[]; interrupted: boolean }> {
  const ended: JobRead[] = [];
  const jobs = Handover.of(jobIds.map((jobId) => ({ jobId })));
  const { reads, interrupted } = await waitForJobs(client, jobs, { ...waitOptions, onEnded: (read) => ended.push(read) });
  const all = new Map([...ended, ...reads].map((read) => [read.id, read]));
  return { reads: jobIds.flatMap((id) => all.get(id) ?? []), interrupted };
}
const jobGets = (id: string): RecordedRequest[] => emulator.requests.filter((request) => request.path === `/api/v2/extract/${id}`);
const listSweeps = (): RecordedRequest[] => emulator.requests.filter((request) => request.path === '/api/v2/extract');

describe('one job', () => {
  it('reads it at once and again until it ends', async () => {
    emulator.addJob({ id: 'ext-one', timeline: [{ status: 'RUNNING', forMs: 500 }, { status: 'COMPLETED' }] });
    const { reads, interrupted } = await waitAll(['ext-one'], options());
    expect(interrupted).toBe(false);
    expect(reads).toEqual([
      expect.objectContaining({
        id: 'ext-one',
        status: 'COMPLETED',
        timedOut: false,
        job: expect.objectContaining({ status: 'COMPLETED' })
      })
    ]);
    const gets = jobGets('ext-one');
    expect(emulator.requests).toEqual(gets);
    expect(gets).toHaveLength(2);
    // Never early; the emulator may stamp a busy arrival a little late.
    expect(gets[1]!.at - gets[0]!.at).toBeGreaterThanOrEqual(700);
    expect(core.messages(core.info)).toEqual([
      expect.stringMatching(/^Job ext-one: RUNNING \(/),
      expect.stringMatching(/^Job ext-one: COMPLETED \(1(\.\d)?s\)$/)
    ]);
  });

  it('goes on from now after a slow answer, without a burst of missed looks', async () => {
    emulator.addJob({ id: 'ext-stall', timeline: [{ status: 'RUNNING', forMs: 5200 }, { status: 'COMPLETED' }] });
    emulator.addFault({ kind: 'stall', stallMs: 3000, match: { jobId: 'ext-stall' } });
    await waitAll(['ext-stall'], options({ timeoutMs: 8000 }));
    const gets = jobGets('ext-stall').map((request) => request.at);
    const gaps = gets.slice(1).map((at, i) => at - gets[i]!);
    expect(gets.length).toBeGreaterThanOrEqual(3);
    for (const gap of gaps.slice(1)) expect(gap).toBeGreaterThanOrEqual(700);
  });

  it('reads it once with wait: false, even while it runs', async () => {
    emulator.addJob({ id: 'ext-once', timeline: [{ status: 'RUNNING' }] });
    const { reads, interrupted } = await waitAll(['ext-once'], options({ wait: false }));
    expect(interrupted).toBe(false);
    expect(reads).toEqual([expect.objectContaining({ id: 'ext-once', status: 'RUNNING', timedOut: false })]);
    expect(emulator.requests).toHaveLength(1);
  });

  it('stops at the timeout with the job timed out, its last read started half a second before the deadline', async () => {
    emulator.addJob({ id: 'ext-slow', timeline: [{ status: 'RUNNING' }] });
    const startedAt = Date.now();
    const { reads } = await waitAll(['ext-slow'], options({ startedAt, timeoutMs: 2000, pollIntervalMs: 5000 }));
    // The last read was answered in time: the job timed out with its status, not with a read error.
    expect(reads).toEqual([expect.objectContaining({ id: 'ext-slow', status: 'RUNNING', timedOut: true, error: undefined })]);
    const gets = jobGets('ext-slow');
    expect(gets).toHaveLength(2);
    expect(gets[1]!.at - startedAt).toBeGreaterThanOrEqual(1480);
  });

  it("counts the timeout from the step's start, not from the first read", async () => {
    emulator.addJob({ id: 'ext-late', timeline: [{ status: 'RUNNING' }] });
    // A step that started 10 s ago with a 10 s timeout has no time left for a second look.
    const { reads } = await waitAll(['ext-late'], options({ startedAt: Date.now() - 10_000, timeoutMs: 10_000 }));
    expect(reads).toEqual([expect.objectContaining({ id: 'ext-late', timedOut: true })]);
    expect(jobGets('ext-late').length).toBeLessThanOrEqual(1);
  });

  it('keeps its gaps after a slow start: the second look comes a full gap after the first', async () => {
    emulator.addJob({ id: 'ext-slow-start', timeline: [{ status: 'RUNNING', forPolls: 1 }, { status: 'COMPLETED' }] });
    // Start-up took longer than the first gap: looks are not bunched up to make up for it.
    await waitAll(['ext-slow-start'], options({ startedAt: Date.now() - 3000, timeoutMs: 30_000 }));
    const gets = jobGets('ext-slow-start');
    expect(gets).toHaveLength(2);
    expect(gets[1]!.at - gets[0]!.at).toBeGreaterThanOrEqual(700);
  });

  it('ends the wait for a job the API does not know, without retrying', async () => {
    const { reads } = await waitAll(['ext-unknown'], options());
    expect(reads).toEqual([
      expect.objectContaining({
        id: 'ext-unknown',
        status: '',
        timedOut: false,
        error: expect.stringMatching(/^Extract job 'ext-unknown' was not found \(404 Not Found\)/)
      })
    ]);
    expect(emulator.requests).toHaveLength(1);
    expect(core.messages(core.info)).toEqual([expect.stringMatching(/^Job ext-unknown: could not be read \(/)]);
  });

  it('returns what is known, as interrupted, when the step is stopped', async () => {
    emulator.addJob({ id: 'ext-stopped', timeline: [{ status: 'PENDING' }] });
    const stop = new AbortController();
    // Stopped as the first look's progress line is logged, i.e. between looks: it returns at once, without
    // waiting out the 30 s timeout or sending another read.
    core.info.mockImplementationOnce(() => stop.abort(new Error('stopped')));
    const { reads, interrupted } = await waitAll(
      ['ext-stopped'],
      options({ signal: stop.signal, timeoutMs: 30_000, pollIntervalMs: 5000 })
    );
    expect(jobGets('ext-stopped')).toHaveLength(1);
    expect(interrupted).toBe(true);
    expect(reads).toEqual([expect.objectContaining({ id: 'ext-stopped', status: 'PENDING', timedOut: false })]);
  });
});

describe('several jobs', () => {
  it('sweeps their statuses in one list request and reads each ended job once in full', async () => {
    emulator.addJob({ id: 'ext-a' });
    emulator.addJob({ id: 'ext-b', timeline: [{ status: 'RUNNING', forMs: 500 }, { status: 'COMPLETED' }] });
    emulator.addJob({ id: 'ext-c', timeline: [{ status: 'FAILED' }], errorMessage: 'Unreadable scan' });
    const { reads, interrupted } = await waitAll(['ext-c', 'ext-a', 'ext-b'], options());
    expect(interrupted).toBe(false);
    expect(reads.map(({ id, status, timedOut, job }) => ({ id, status, timedOut, error: job?.errorMessage }))).toEqual([
      { id: 'ext-c', status: 'FAILED', timedOut: false, error: 'Unreadable scan' },
      { id: 'ext-a', status: 'COMPLETED', timedOut: false, error: undefined },
      { id: 'ext-b', status: 'COMPLETED', timedOut: false, error: undefined }
    ]);
    expect(listSweeps()[0]!.query.job_ids).toEqual(['ext-c', 'ext-a', 'ext-b']);
    expect(jobGets('ext-a')).toHaveLength(1);
    expect(jobGets('ext-c')).toHaveLength(1);
    expect(jobGets('ext-b')).toHaveLength(1);
    expect(jobGets('ext-b')[0]!.at).toBeGreaterThan(listSweeps()[0]!.at + 500);
    expect(core.messages(core.info)[0]).toMatch(/^2 of 3 jobs finished: 1 FAILED, 1 COMPLETED, 1 RUNNING \(/);
  });

  it('reads each job instead when the list request fails for good', async () => {
    emulator.addJob({ id: 'ext-x' });
    emulator.addJob({ id: 'ext-y' });
    emulator.addFault({ kind: 'status', status: 422, match: { path: '/api/v2/extract' }, body: { detail: 'job_ids is not supported' } });
    const { reads } = await waitAll(['ext-x', 'ext-y'], options());
    expect(reads.map((read) => read.status)).toEqual(['COMPLETED', 'COMPLETED']);
    expect(listSweeps()).toHaveLength(1);
    expect(core.messages(core.info)[0]).toBe(
      'Listing job statuses failed (LlamaCloud refused GET /api/v2/extract (422 Unprocessable Entity): job_ids is not supported. Fix the input it names.); reading each job instead.'
    );
  });

  it('warns once about a status it does not know and waits on', async () => {
    for (const id of ['ext-p', 'ext-q']) emulator.addJob({ id, timeline: [{ status: 'PAUSED', forMs: 500 }, { status: 'COMPLETED' }] });
    const { reads } = await waitAll(['ext-p', 'ext-q'], options());
    expect(reads.map((read) => read.status)).toEqual(['COMPLETED', 'COMPLETED']);
    expect(core.messages(core.warning)).toEqual([
      "Job ext-p has status 'PAUSED', which this action does not know: it is treated as still running until it ends or the timeout is reached."
    ]);
  });
});

describe('jobs handed over while they are started', () => {
  it('waits for each as it comes, hands each on as it ends, and returns once no more will come', async () => {
    emulator.addJob({ id: 'ext-early' });
    emulator.addJob({ id: 'ext-late', timeline: [{ status: 'RUNNING', forPolls: 1 }, { status: 'COMPLETED' }] });
    const jobs = new Handover<{ jobId: string }>();
    const ended: string[] = [];
    jobs.push({ jobId: 'ext-early' });
    const waiting = waitForJobs(client, jobs, {
      ...options({ timeoutMs: 20_000 }),
      expected: 2,
      onEnded: (read) => {
        ended.push(`${read.id} ${read.status}, ${jobs.isClosed ? 'after' : 'before'} the start ended`);
        // The first job has ended while the second was not made yet: the second comes now, the last one.
        if (read.id === 'ext-early') {
          jobs.push({ jobId: 'ext-late' });
          jobs.close();
        }
      }
    });
    const { reads, interrupted } = await waiting;
    expect({ reads, interrupted }).toEqual({ reads: [], interrupted: false });
    expect(ended).toEqual(['ext-early COMPLETED, before the start ended', 'ext-late COMPLETED, after the start ended']);
  });

  it('sweeps at the poll interval while documents are still being started, and looks at once when the last has its job', async () => {
    const ids = ['ext-s1', 'ext-s2', 'ext-s3'];
    for (const id of ids) emulator.addJob({ id, timeline: [{ status: 'RUNNING', forPolls: 1 }, { status: 'COMPLETED' }] });
    const jobs = new Handover<{ jobId: string }>();
    for (const jobId of ids) jobs.push({ jobId });
    const ended: string[] = [];
    const waiting = waitForJobs(client, jobs, {
      ...options({ timeoutMs: 60_000, pollIntervalMs: 30_000 }),
      expected: 100,
      onEnded: (read) => ended.push(read.id)
    });
    while (listSweeps().length === 0) await new Promise((resolve) => setTimeout(resolve, 10));
    // 100 jobs to come would buy a sweep a second; while they are being started, the next waits for the interval.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(listSweeps()).toHaveLength(1);
    jobs.close();
    const { reads } = await waiting;
    expect({ reads, ended: ended.sort() }).toEqual({ reads: [], ended: ids });
    expect(listSweeps()).toHaveLength(2);
  });

  it('ends at the timeout while no job has come, the start stage still going', async () => {
    const jobs = new Handover<{ jobId: string }>();
    // The timeout has passed: no look is made.
    const waiting = waitForJobs(client, jobs, { ...options({ startedAt: Date.now() - 10_000, timeoutMs: 5000 }), onEnded: () => {} });
    // The start stage hands over its last job after the deadline: it is not read, it timed out.
    setImmediate(() => {
      jobs.push({ jobId: 'ext-never-read' });
      jobs.close();
    });
    const { reads } = await waiting;
    expect(reads).toEqual([{ id: 'ext-never-read', status: '', job: undefined, timedOut: true, error: undefined }]);
    expect(emulator.requests).toEqual([]);
  });
});
