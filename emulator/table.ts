// Rows of the store (jobs, files) in the order they were added, found by ID or by an indexed field without a
// scan: a step of 10,000 documents looks each one up, and the emulator must not be what it waits for.

export class Table<Row extends { id: string }, Key extends string> {
  private readonly rows = new Map<string, Row>();
  /** When each row was added (or last replaced), counting up: the order of rows found by ID. */
  private readonly added = new Map<string, number>();
  private count = 0;
  /** Per key, per value, the rows that hold it, oldest first (a Set keeps insertion order). */
  private readonly indexes = new Map<Key, Map<string, Set<Row>>>();

  constructor(private readonly keys: Record<Key, (row: Row) => string | null | undefined>) {
    for (const key of Object.keys(keys) as Key[]) this.indexes.set(key, new Map());
  }

  get size(): number {
    return this.rows.size;
  }

  get(id: string): Row | undefined {
    return this.rows.get(id);
  }

  /** Adds a row, or replaces the one of its ID, which then counts as the newest. */
  set(row: Row): void {
    this.delete(row.id);
    this.rows.set(row.id, row);
    this.added.set(row.id, this.count++);
    for (const [key, index] of this.indexes) {
      const value = this.keys[key](row);
      if (value === null || value === undefined) continue;
      const bucket = index.get(value);
      if (bucket) bucket.add(row);
      else index.set(value, new Set([row]));
    }
  }

  delete(id: string): boolean {
    const row = this.rows.get(id);
    if (!row) return false;
    this.rows.delete(id);
    this.added.delete(id);
    for (const [key, index] of this.indexes) {
      const value = this.keys[key](row);
      if (value === null || value === undefined) continue;
      const bucket = index.get(value);
      bucket?.delete(row);
      if (bucket?.size === 0) index.delete(value);
    }
    return true;
  }

  /** Every row, newest first. */
  newestFirst(): Row[] {
    return [...this.rows.values()].reverse();
  }

  /** The rows whose `key` is `value`, newest first. */
  where(key: Key, value: string): Row[] {
    return [...(this.indexes.get(key)!.get(value) ?? [])].reverse();
  }

  /** The rows of these IDs (each once, unknown ones left out), newest first. */
  withIds(ids: readonly string[]): Row[] {
    return [...new Set(ids)]
      .filter((id) => this.rows.has(id))
      .sort((a, b) => this.added.get(b)! - this.added.get(a)!)
      .map((id) => this.rows.get(id)!);
  }

  values(): IterableIterator<Row> {
    return this.rows.values();
  }
}
