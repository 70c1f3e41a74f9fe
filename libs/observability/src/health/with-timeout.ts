/** Settles with `work`, or rejects once `timeoutMs` passed: a hung dependency must not hang `/health`. */
export async function withTimeout<T>(work: Promise<T>, timeoutMs: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} timed out after ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** The message of whatever was thrown, for a health report (never a payload). */
export function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
