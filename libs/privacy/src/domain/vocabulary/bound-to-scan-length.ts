import { defaultMaxScanLength } from '../scrubbing/scrub-text';

/** The text cut to the detectors' scan bound (as scrubSpans cuts it), never splitting a surrogate pair. */
export function boundToScanLength(text: string, limit = defaultMaxScanLength): string {
  if (text.length <= limit) return text;
  const cut = text.slice(0, limit);
  const last = cut.charCodeAt(cut.length - 1);
  return last >= 0xd800 && last <= 0xdbff ? cut.slice(0, -1) : cut;
}
