/** Whether this process started tracing; spans and headers skip all work when it did not (the hot path stays free). */
let active = false;

export function isTracingActive(): boolean {
  return active;
}

export function setTracingActive(value: boolean): void {
  active = value;
}
