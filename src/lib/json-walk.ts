// Walks over parsed API JSON with a stack of its own, never the call stack: a result or field metadata nested
// thousands of levels deep (JSON.parse takes any depth) cannot crash the step.

/** Whether containers in `value` nest more than `limit` levels deep (the top-level container is level 1). */
export function nestsDeeperThan(value: unknown, limit: number): boolean {
  const stack: Array<[unknown, number]> = [[value, 1]];
  for (let next = stack.pop(); next; next = stack.pop()) {
    const [node, depth] = next;
    if (!Array.isArray(node) && !isObject(node)) continue;
    if (depth > limit) return true;
    for (const child of Object.values(node)) stack.push([child, depth + 1]);
  }
  return false;
}

/**
 * The start of `JSON.stringify(value)`, at most `max` characters, built only as far as it is shown: a preview
 * of a large or deep value costs what it shows. Values are as JSON.parse makes them.
 */
export function jsonPrefix(root: unknown, max: number): string {
  let out = '';
  // The containers being written, innermost last, each with the index of its next member.
  const open: Array<{ node: unknown[] | Record<string, unknown>; keys?: string[]; next: number }> = [];
  let value = root;
  let haveValue = true;
  while (out.length < max) {
    if (haveValue) {
      haveValue = false;
      if (Array.isArray(value)) {
        out += '[';
        open.push({ node: value, next: 0 });
      } else if (isObject(value)) {
        out += '{';
        open.push({ node: value, keys: Object.keys(value), next: 0 });
      } else {
        // A long string is cut before it is escaped; the cut falls inside it, so its closing quote is never shown.
        out += JSON.stringify(typeof value === 'string' ? value.slice(0, max) : value) ?? 'null';
      }
      continue;
    }
    const top = open.at(-1);
    if (!top) break;
    const { node, keys } = top;
    if (top.next === (keys ?? (node as unknown[])).length) {
      out += keys ? '}' : ']';
      open.pop();
      continue;
    }
    if (top.next > 0) out += ',';
    // Only objects have keys; the check above keeps `next` within them.
    const key = keys?.[top.next];
    if (key === undefined) {
      value = (node as unknown[])[top.next];
    } else {
      out += `${JSON.stringify(key)}:`;
      value = (node as Record<string, unknown>)[key];
    }
    top.next++;
    haveValue = true;
  }
  return out.slice(0, max);
}

/** A JSON object (not an array, not null): what the API's loosely typed fields are checked with. */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
