import type { IdentifierDetector, TextRange } from './identifier-kind';
import { findMatches, matchIf } from './find-matches';
import { isHostIpv6 } from './ipv6-address';

const octet = String.raw`(?:25[0-5]|2[0-4]\d|[01]?\d?\d)`;
// Not part of a longer dotted number (version strings like 1.2.3.4.5), optionally with a port or prefix length.
const ipv4 = new RegExp(String.raw`(?<![\d.])(?:${octet}\.){3}${octet}(?::\d{1,5}|/\d{1,2})?(?![\d.]?\d)`, 'g');
const ipv6Candidate = /(?<![0-9A-Za-z:.])(?:[0-9A-Fa-f]{0,4}:){2,7}(?:[0-9A-Fa-f]{1,4}|(?:\d{1,3}\.){3}\d{1,3})?(?:%[0-9A-Za-z]+)?(?![0-9A-Za-z:])/g;

/** IPv4 and IPv6 addresses. */
export const ipDetector: IdentifierDetector = {
  kind: 'ip',
  detect: (text: string): TextRange[] => [
    ...findMatches(ipv4, text),
    ...findMatches(ipv6Candidate, text, matchIf((match) => isHostIpv6(match[0]))),
  ],
};
