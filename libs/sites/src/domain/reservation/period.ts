/** A half-open interval of time [start, end) in epoch millis: a period ending at 10:00 and one starting at 10:00 do not overlap. */
export interface Period {
  readonly start: number;
  readonly end: number;
}

/** Whether two periods share at least one instant. */
export function periodsOverlap(a: Period, b: Period): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Whether `inner` lies entirely inside `outer`. */
export function periodWithin(inner: Period, outer: Period): boolean {
  return inner.start >= outer.start && inner.end <= outer.end;
}

/** Whether a period is well formed: finite and ending after it starts. */
export function isValidPeriod(period: Period): boolean {
  return Number.isFinite(period.start) && Number.isFinite(period.end) && period.end > period.start;
}
