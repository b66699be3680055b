// The split of `shard: i/n`: every document in exactly one shard, balanced by size, the same whatever order the
// documents were found in.
import { describe, expect, it } from '@jest/globals';
import { assignShards, shardOf } from '../../../src/start/shard.js';

/** `count` documents of sizes spread over three orders of magnitude, some equal, deterministic. */
function corpus(count: number): Array<{ relative: string; size: number }> {
  return Array.from({ length: count }, (_, i) => ({
    relative: `docs/${String(i).padStart(4, '0')}.pdf`,
    size: 1 + ((i * 7919) % 1000) * ((i % 3) + 1)
  }));
}

/** A fixed shuffle (Park–Miller), so the test sees the same permutations on every run. */
function shuffled<T>(items: T[], seed: number): T[] {
  const out = [...items];
  let state = seed;
  for (let i = out.length - 1; i > 0; i--) {
    state = (state * 48271) % 2147483647;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

const bytes = (documents: Array<{ size: number }>): number => documents.reduce((sum, document) => sum + document.size, 0);

describe('assignShards', () => {
  it.each([1, 2, 3, 4, 7, 16, 256])('puts every document in exactly one of %i shards', (count) => {
    const documents = corpus(500);
    const shards = assignShards(documents, count);
    expect(shards).toHaveLength(count);
    const all = shards.flat().map((document) => document.relative);
    expect(all.sort()).toEqual(documents.map((document) => document.relative).sort());
    expect(new Set(all).size).toBe(documents.length);
  });

  it.each([2, 3, 5, 8])('balances %i shards by size: any two differ by at most the largest document', (count) => {
    const documents = corpus(1000);
    const largest = Math.max(...documents.map((document) => document.size));
    const loads = assignShards(documents, count).map(bytes);
    expect(Math.max(...loads) - Math.min(...loads)).toBeLessThanOrEqual(largest);
    // Far better than that in practice: within 1% of an even split.
    expect(Math.max(...loads) / (bytes(documents) / count)).toBeLessThan(1.01);
  });

  it('is the same whatever order the documents are found in', () => {
    const documents = corpus(300);
    const split = assignShards(documents, 4).map((shard) => shard.map((document) => document.relative));
    for (const seed of [1, 2, 3, 42, 2026]) {
      expect(assignShards(shuffled(documents, seed), 4).map((shard) => shard.map((document) => document.relative))).toEqual(split);
    }
    expect(assignShards([...documents].reverse(), 4).map((shard) => shard.map((document) => document.relative))).toEqual(split);
  });

  it('splits equal sizes by path alone, each shard in path order, and leaves a shard empty when documents run out', () => {
    const documents = ['b', 'a', 'd', 'c', 'e'].map((name) => ({ relative: `${name}.pdf`, size: 10 }));
    expect(assignShards(documents, 3).map((shard) => shard.map((document) => document.relative))).toEqual([
      ['a.pdf', 'd.pdf'],
      ['b.pdf', 'e.pdf'],
      ['c.pdf']
    ]);
    expect(assignShards(documents.slice(0, 1), 3).map((shard) => shard.length)).toEqual([1, 0, 0]);
  });

  it('orders paths by code unit, not by locale', () => {
    const documents = ['é.pdf', 'Z.pdf', 'a.pdf', 'e.pdf'].map((relative) => ({ relative, size: 1 }));
    expect(assignShards(documents, 1)[0]?.map((document) => document.relative)).toEqual(['Z.pdf', 'a.pdf', 'e.pdf', 'é.pdf']);
  });
});

describe('shardOf', () => {
  it('gives the shard its documents and records what it was split from, the same for every shard and order', () => {
    const documents = corpus(50);
    const records = [1, 2, 3].map((index) => shardOf(shuffled(documents, index), { index, count: 3 }));
    expect(records.flatMap((shard) => shard.documents).length).toBe(50);
    const [first] = records;
    expect(first?.record).toEqual({ index: 1, count: 3, documents: 50, corpus: expect.stringMatching(/^sha256:[0-9a-f]{64}$/) });
    expect(new Set(records.map((shard) => shard.record.corpus)).size).toBe(1);
  });

  it('records another corpus when a path or a size differs', () => {
    const documents = corpus(5);
    const { corpus: digest } = shardOf(documents, { index: 1, count: 2 }).record;
    const grown = documents.map((document, i) => (i === 2 ? { ...document, size: document.size + 1 } : document));
    const renamed = documents.map((document, i) => (i === 2 ? { ...document, relative: 'docs/other.pdf' } : document));
    expect(shardOf(grown, { index: 1, count: 2 }).record.corpus).not.toBe(digest);
    expect(shardOf(renamed, { index: 1, count: 2 }).record.corpus).not.toBe(digest);
  });
});
