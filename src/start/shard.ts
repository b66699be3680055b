// `shard: i/n`: a matrix of n steps splits the documents matched among them, each extracting its share. The split
// depends only on the documents' paths and sizes, never on the order a folder lists them in, a locale or the
// time, so every runner of every run computes the same one; it is balanced by size, as the upload is most of a
// document's cost in time. Each shard records what it was split from, so the merge step can tell that its
// reports are the shares of one corpus.
import { createHash } from 'node:crypto';
import type { Shard } from '../settings/settings.js';
import { byPath } from '../lib/path-order.js';

/** What a document is split by. */
interface Sized {
  /** Relative to the workspace, `/`-separated. */
  relative: string;
  size: number;
}

/** A shard as its report records it: which share, and of what. */
export interface ShardRecord extends Shard {
  /** Documents matched in all shards together. */
  documents: number;
  /** `sha256:` of every matched document's path and size, in path order: equal only for shares of one split. */
  corpus: string;
}

function inPathOrder(a: Sized, b: Sized): number {
  return byPath(a.relative, b.relative);
}

/**
 * Each document's shard (0-based) in `count` shards: largest first (path order among equal sizes), each to the
 * shard with the fewest bytes so far (then the fewest documents, then the lowest number). Any two shards then
 * differ by at most the largest document.
 */
export function assignShards<T extends Sized>(documents: readonly T[], count: number): T[][] {
  const shards = Array.from({ length: count }, () => ({ bytes: 0, documents: [] as T[] }));
  const order = [...documents].sort((a, b) => b.size - a.size || inPathOrder(a, b));
  for (const document of order) {
    let least = shards[0] as (typeof shards)[number];
    for (const shard of shards) {
      if (shard.bytes < least.bytes || (shard.bytes === least.bytes && shard.documents.length < least.documents.length)) least = shard;
    }
    least.bytes += document.size;
    least.documents.push(document);
  }
  return shards.map((shard) => shard.documents.sort(inPathOrder));
}

/** The documents of `shard`, in path order, and what its report records of the split. */
export function shardOf<T extends Sized>(documents: readonly T[], shard: Shard): { documents: T[]; record: ShardRecord } {
  const hash = createHash('sha256');
  for (const document of [...documents].sort(inPathOrder)) hash.update(`${document.relative}\0${document.size}\n`);
  return {
    documents: assignShards(documents, shard.count)[shard.index - 1] ?? [],
    record: { ...shard, documents: documents.length, corpus: `sha256:${hash.digest('hex')}` }
  };
}
