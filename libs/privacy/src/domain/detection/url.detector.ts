import type { IdentifierDetector, TextRange } from './identifier-kind';
import { findMatches } from './find-matches';

// CJK sentence punctuation ends a link even without a space; CJK letters do not (paths may hold them).
const body = String.raw`[^\s<>"'\`\u3001\u3002\u300C-\u3011\uFF01\uFF0C\uFF1A\uFF1B\uFF1F]`;
const withScheme = new RegExp(String.raw`(?<![A-Za-z0-9+.\-])[A-Za-z][A-Za-z0-9+.\-]{1,15}://${body}+`, 'g');
const www = new RegExp(String.raw`(?<![\w.\-@/])www\.${body}+`, 'gi');
// Media links are often pasted without a scheme: cdn.example.org/cam7/frame.jpg
const hostAndPath = new RegExp(
  String.raw`(?<![\w.\-@/])(?:[A-Za-z0-9\-]+\.)+[A-Za-z]{2,24}(?::\d{2,5})?/${body}*`,
  'g',
);
const trailingPunctuation = /[.,;:!?'")\]}>、。，；：！？」』）】]+$/u;

/** Drops sentence punctuation after a link, keeping a closing parenthesis that the link itself opened. */
function trimTrailing(text: string, range: TextRange): TextRange {
  const value = text.slice(range.start, range.end);
  const trimmed = value.replace(trailingPunctuation, (tail) =>
    tail.startsWith(')') && value.includes('(') ? ')' : '',
  );
  return { start: range.start, end: range.start + trimmed.length };
}

/** URLs with any scheme (http, rtsp, s3…), `www.` links and bare host/path links. */
export const urlDetector: IdentifierDetector = {
  kind: 'url',
  detect: (text: string): TextRange[] =>
    [...findMatches(withScheme, text), ...findMatches(www, text), ...findMatches(hostAndPath, text)].map((range) =>
      trimTrailing(text, range),
    ),
};
