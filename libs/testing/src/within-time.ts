/**
 * Fails with the name of the step when `work` has not settled within `timeoutMs`: a setup hook that hangs then
 * says which of its steps hung, instead of only that the hook ran out of time.
 */
export async function withinTime<T>(step: string, timeoutMs: number, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${step}: not done after ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * `work` tried up to `attempts` times, each bounded by `timeoutMs` and named by `step`: for idempotent setup calls
 * (register a schema, create topics) that a loaded stack now and then leaves unanswered. The last error is thrown.
 */
export async function withinTimeRetried<T>(step: string, timeoutMs: number, attempts: number, work: () => Promise<T>): Promise<T> {
  let lastError: unknown;
  for (let attempt = 1; attempt <= attempts; attempt += 1) {
    try {
      return await withinTime(`${step} (attempt ${attempt} of ${attempts})`, timeoutMs, work());
    } catch (error) {
      lastError = error;
    }
  }
  throw lastError;
}
