// The one order documents are listed in, wherever they are: by the code units of their workspace-relative
// paths, so no locale and no folder listing decides it.

export function byPath(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
