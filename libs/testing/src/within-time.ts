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
