// Expected failures carry a one-line message that says what to do; main prints it without a stack.

/** A failure the user can act on: printed as one `::error::` line, stack only under RUNNER_DEBUG. */
export class ActionError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** A bad input, caught before any request is sent. */
export class InputError extends ActionError {
  constructor(
    readonly input: string,
    message: string
  ) {
    super(`Input '${input}': ${message}`);
  }
}

/** `ENOTDIR: not a directory`: Node's code and words, without the syscall and temporary path it appends. */
export function reasonOf(error: unknown): string {
  const { code, message } = error as NodeJS.ErrnoException;
  return /^E[A-Z]+: [^,]+/.exec(message)?.[0] ?? code ?? message;
}

/** What a caught value says: an error's message, anything else as text. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
