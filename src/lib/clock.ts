// Time as the request loop and its throttles see it: given to them rather than read from globals, so a
// test moves it instead of waiting for it.

export interface Clock {
  now(): number;
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

/**
 * Waits until `ms` have passed on the wall clock (`Date.now()`), or rejects with the signal's reason as soon as
 * the step is cancelled. A timer counts from the event loop's cached time and can end a few milliseconds before
 * the wall clock does: what is left is waited again, so a wait up to a deadline never ends before it.
 */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const until = Date.now() + ms;
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const fire = (): void => {
      const left = until - Date.now();
      if (left > 0) {
        timer = setTimeout(fire, left);
        return;
      }
      signal?.removeEventListener('abort', onAbort);
      resolve();
    };
    let timer = setTimeout(fire, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

export const systemClock: Clock = { now: Date.now, sleep };
