import { describe, expect, it } from '@jest/globals';
import { hasPlaceholder, renderTemplate } from '../../../src/settings/placeholders.js';

describe('renderTemplate', () => {
  it('replaces {job_id}, and {name} / {path} by the document without its extension', () => {
    const values = { jobId: 'ext-1', document: 'invoices/2024/march.v2.pdf' };
    expect(renderTemplate('/w/out/{path}.json', values)).toBe('/w/out/invoices/2024/march.v2.json');
    expect(renderTemplate('/w/{name}-{job_id}.json', values)).toBe('/w/march.v2-ext-1.json');
    expect(renderTemplate('/w/{name}/{name}.json', { jobId: 'x', document: 'a/.env' })).toBe('/w/.env/.env.json');
  });

  it('leaves document placeholders alone without a document, and {job_id} without a job', () => {
    expect(renderTemplate('/w/{job_id}/{name}.json', { jobId: 'ext-1' })).toBe('/w/ext-1/{name}.json');
    expect(renderTemplate('/w/{job_id}/{name}.json', { document: 'a/b.pdf' })).toBe('/w/{job_id}/b.json');
  });

  it('tells whether a template differs per job or document', () => {
    expect(hasPlaceholder('out/{path}.json')).toBe(true);
    expect(hasPlaceholder('out/{job_id}.json')).toBe(true);
    expect(hasPlaceholder('out/result.json')).toBe(false);
  });
});
