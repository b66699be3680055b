// What the bundle gets for `undici` (tsconfig.json `paths`): the action's own transport never needs it, and
// @actions/github (the pull-request comment) needs only `fetch`, which is Node's own (undici inside). A proxy
// dispatcher is not bundled: behind a proxy the comment fails with a warning.
export class ProxyAgent {
  constructor() {
    throw new Error('undici is not bundled');
  }
}

export const fetch: typeof globalThis.fetch = (input, init) => globalThis.fetch(input, init);
