import { beforeEach, describe, expect, it, jest } from '@jest/globals';
import * as core from '../../__fixtures__/core.js';

jest.unstable_mockModule('@actions/core', () => core);
const { mayComment, readReview } = await import('../../../src/settings/review-inputs.js');

const workspace = '/work/space';
beforeEach(() => core.useInputs({}));

describe('readReview', () => {
  it('reads them, each path in the workspace', () => {
    core.useInputs({
      'report-file': 'out/report.json',
      baseline: 'base/report.json',
      'fail-on-regression': 'true',
      'github-token': 'ghs_1'
    });
    expect(readReview(workspace, [], true)).toEqual({
      reportFile: '/work/space/out/report.json',
      baselineFile: '/work/space/base/report.json',
      failOnRegression: true,
      comment: 'auto',
      commentKey: 'llamacloud-extract',
      githubToken: 'ghs_1'
    });
  });

  it.each([
    [{ 'report-file': 'out/' }, "Input 'report-file': 'out/' names a folder"],
    [{ 'report-file': 'extract-result.json' }, "Input 'report-file': 'extract-result.json' must be one file of its own for the whole run"],
    [{ 'report-file': 'r/{job_id}.json' }, "Input 'report-file': 'r/{job_id}.json' must be one file of its own"],
    [{ 'fail-on-regression': 'true' }, "Input 'fail-on-regression': needs 'baseline'"],
    [{ 'fail-on-regression': 'true', baseline: 'b.json' }, "Input 'fail-on-regression': needs 'expected'"],
    [{ comment: 'sometimes' }, "Input 'comment': 'sometimes' is not a comment mode. Expected auto, always or never."],
    [{ 'comment-key': 'a-->b' }, "Input 'comment-key': 'a-->b' is not a comment key."]
  ])('refuses %j', (inputs, message) => {
    core.useInputs(inputs);
    expect(() => readReview(workspace, ['/work/space/extract-result.json'], false)).toThrow(message);
  });
});

describe('mayComment', () => {
  it('comments always, never, or (auto) on a pull request or a push', () => {
    expect(mayComment({ comment: 'always' }, {})).toBe(true);
    expect(mayComment({ comment: 'never' }, { GITHUB_EVENT_NAME: 'pull_request' })).toBe(false);
    expect(mayComment({ comment: 'auto' }, { GITHUB_EVENT_NAME: 'push' })).toBe(true);
    expect(mayComment({ comment: 'auto' }, { GITHUB_EVENT_NAME: 'schedule' })).toBe(false);
  });
});
