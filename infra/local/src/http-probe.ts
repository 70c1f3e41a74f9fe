/** True when GET `url` answers 2xx within `timeoutMs`. */
export async function answersOk(url: string, timeoutMs = 2_000): Promise<boolean> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
    return response.ok;
  } catch {
    return false;
  }
}

/** Polls `probe` until it is true; fails naming `what` and the log to read. */
export async function pollUntil(probe: () => Promise<boolean>, what: string, timeoutMs: number, logFile: string): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (await probe()) return Date.now() - started;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${what} was not ready after ${timeoutMs} ms; see ${logFile}`);
}
