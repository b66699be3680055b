// The timeout input bounds everything, a stalled request included; wait: false still rides out a blip;
// an unknown status keeps the wait going with exactly one warning.
import { describe, expect, test } from '@jest/globals';
import { annotations } from '../../support/readers.js';
import { gaps, singleError, useFaultHarness } from './support.js';

const harness = useFaultHarness();

describe('timeout', () => {
  test.concurrent('a request that never gets an answer ends the step near the timeout, timed out', async () => {
    const { run, requests } = await harness.runFaulted({ faults: [{ kind: 'stall' }] }, { timeout: '3s' });
    expect(requests).toHaveLength(1);
    expect(requests[0]).toMatchObject({ fault: 'stall', status: 0 });
    // Node's start is part of durationMs: the step itself ends at about 3 s.
    expect(run.durationMs).toBeGreaterThanOrEqual(2900);
    expect(run.durationMs).toBeLessThan(4500);
    expect(run.outputs).toMatchObject({ 'timed-out': 'true', status: '', 'result-file': '' });
    const error = singleError(run);
    expect(error).toMatch(/^Job ext-1 did not finish within 3s \(never read\)\. Last error: .*\(ETIMEDOUT\)/);
  });

  test.concurrent('a request that stalls after the job was seen running keeps its last status', async () => {
    const { run, requests } = await harness.runFaulted(
      { jobs: [{ id: 'ext-1', timeline: [{ status: 'RUNNING' }] }], faults: [{ kind: 'stall', after: 1, times: Infinity }] },
      { timeout: '3s' }
    );
    expect(requests.map((request) => request.fault ?? 'ok')).toEqual(['ok', 'stall']);
    expect(run.durationMs).toBeLessThan(4500);
    expect(run.outputs).toMatchObject({ 'timed-out': 'true', status: 'RUNNING' });
    expect(singleError(run)).toMatch(/did not finish within 3s \(last status RUNNING\)/);
  });

  test.concurrent('transient faults never push the step past the timeout', async () => {
    const { run, requests } = await harness.runFaulted({ faults: [{ kind: 'status', status: 503, times: Infinity }] }, { timeout: '2s' });
    expect(run.durationMs).toBeLessThan(3500);
    expect(requests.at(-1)!.at - requests[0]!.at).toBeLessThan(2000);
    expect(run.outputs['timed-out']).toBe('true');
    expect(singleError(run)).toMatch(
      /did not finish within 2s \(never read\)\. Last error: .*503 Service Unavailable\. Gave up after \d+ attempts? over .*\(the timeout was reached\)/
    );
  });
});

describe('a slow start', () => {
  /** Node busy for 1.5 s before the action's first line runs, as on a loaded runner. */
  const SLOW_START = { NODE_OPTIONS: '--import=data:text/javascript,const%20end=Date.now()+1500;while(Date.now()<end);' };

  test.concurrent('does not bunch up the first looks: the second comes a full gap after the first', async () => {
    const { run, requests } = await harness.runFaulted(
      { jobs: [{ id: 'ext-1', timeline: [{ status: 'RUNNING', forPolls: 1 }, { status: 'COMPLETED' }] }] },
      {},
      { env: SLOW_START }
    );
    expect(run.code).toBe(0);
    expect(requests).toHaveLength(2);
    expect(gaps(requests)[0]).toBeGreaterThanOrEqual(700);
  });

  test.concurrent('counts toward the timeout: the step still ends at it', async () => {
    const { run } = await harness.runFaulted(
      { jobs: [{ id: 'ext-1', timeline: [{ status: 'RUNNING' }] }] },
      { timeout: '3s' },
      { env: SLOW_START }
    );
    expect(run.outputs['timed-out']).toBe('true');
    expect(run.durationMs).toBeGreaterThanOrEqual(2400);
    expect(run.durationMs).toBeLessThan(3000 + 2000);
  });
});

describe('wait: false', () => {
  test.concurrent('still retries a transient fault a few times', async () => {
    const { run, requests } = await harness.runFaulted(
      { faults: [{ kind: 'status', status: 503, times: 2 }] },
      { wait: 'false', timeout: '30m' }
    );
    expect(run.code).toBe(0);
    expect(requests.map((request) => request.status)).toEqual([503, 503, 200]);
    expect(run.outputs.status).toBe('COMPLETED');
  });

  test.concurrent('gives up within a short bound, even with a long timeout', async () => {
    const { run, requests } = await harness.runFaulted({ faults: [{ kind: 'reset', times: Infinity }] }, { wait: 'false', timeout: '30m' });
    // The first try and 3 retries after about 0.5, 1 and 2 s.
    expect(requests).toHaveLength(4);
    expect(run.durationMs).toBeLessThan(5500);
    const error = singleError(run);
    expect(error).toMatch(/Gave up after 4 attempts over [23](\.\d)?s\. /);
    expect(run.outputs['timed-out']).toBe('false');
  });
});

describe('an unknown status', () => {
  test.concurrent('is waited through with exactly one warning, then the job completes', async () => {
    const { run, requests } = await harness.runFaulted(
      { jobs: [{ id: 'ext-1', timeline: [{ status: 'PAUSED', forPolls: 3 }, { status: 'COMPLETED' }] }] },
      { timeout: '10s' }
    );
    expect(run.code).toBe(0);
    expect(requests).toHaveLength(4);
    const warnings = annotations(run, 'warning');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain("'PAUSED'");
    expect(run.outputs.status).toBe('COMPLETED');
  });

  test.concurrent('is bounded by the timeout', async () => {
    const { run } = await harness.runFaulted({ jobs: [{ id: 'ext-1', timeline: [{ status: 'PAUSED' }] }] }, { timeout: '3s' });
    expect(run.durationMs).toBeLessThan(4500);
    expect(annotations(run, 'warning')).toHaveLength(1);
    expect(run.outputs).toMatchObject({ status: 'PAUSED', 'timed-out': 'true' });
    expect(singleError(run)).toMatch(/did not finish within 3s \(last status PAUSED\)/);
  });
});
