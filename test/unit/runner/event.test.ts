import { afterEach, describe, expect, it } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { forkPullRequest } from '../../../src/runner/event.js';
import { useHarness } from '../../support/harness.js';

const saved = { ...process.env };
const harness = useHarness();
const folder = harness.folder();
const event = (payload: unknown, name = 'pull_request'): void => {
  const file = join(folder, 'event.json');
  writeFileSync(file, typeof payload === 'string' ? payload : JSON.stringify(payload));
  process.env.GITHUB_EVENT_NAME = name;
  process.env.GITHUB_EVENT_PATH = file;
};
const pull = (head: unknown, base: unknown = { full_name: 'acme/app' }) => ({
  pull_request: { head: { repo: head }, base: { repo: base } }
});

afterEach(() => {
  process.env = { ...saved };
});

describe('forkPullRequest', () => {
  it('finds a head repository other than the base, marked a fork, or deleted', () => {
    event(pull({ full_name: 'someone/app' }));
    expect(forkPullRequest()).toEqual({ head: 'someone/app' });
    event(pull({ full_name: 'acme/app', fork: true }));
    expect(forkPullRequest()).toEqual({ head: 'acme/app' });
    event(pull(null));
    expect(forkPullRequest()).toEqual({ head: 'a deleted fork' });
    event(pull({ fork: true }), 'pull_request_review');
    expect(forkPullRequest()).toEqual({ head: 'a fork' });
  });

  it('finds none for the same repository, another event, or a payload it cannot read', () => {
    event(pull({ full_name: 'acme/app' }));
    expect(forkPullRequest()).toBeUndefined();
    event(pull({ full_name: 'someone/app' }), 'pull_request_target');
    expect(forkPullRequest()).toBeUndefined();
    event(pull({ full_name: 'someone/app' }), 'push');
    expect(forkPullRequest()).toBeUndefined();
    event('{ not json');
    expect(forkPullRequest()).toBeUndefined();
    event({ pull_request: { head: { repo: 'x' }, base: { repo: {} } } });
    expect(forkPullRequest()).toBeUndefined();
    event({ pull_request: { head: {} } });
    expect(forkPullRequest()).toBeUndefined();
    event([]);
    expect(forkPullRequest()).toBeUndefined();
    delete process.env.GITHUB_EVENT_PATH;
    expect(forkPullRequest()).toBeUndefined();
  });
});
