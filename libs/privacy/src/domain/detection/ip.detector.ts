import type { IdentifierDetector, TextRange } from './identifier-kind';
import type { MatchFit } from './find-matches';
import { findMatches } from './find-matches';
import { isHostIpv6 } from './ipv6-address';

const octet = String.raw`(?:25[0-5]|2[0-4]\d|[01]?\d?\d)`;
// Not part of a longer dotted number (version strings like 1.2.3.4.5), optionally with a port or prefix length.
const ipv4 = new RegExp(String.raw`(?<![\d.])(?:${octet}\.){3}${octet}(?::\d{1,5}|/\d{1,2})?(?![\d.]?\d)`, 'g');
const ipv6Candidate = /(?<![0-9A-Za-z:.])(?:[0-9A-Fa-f]{0,4}:){2,7}(?:[0-9A-Fa-f]{1,4}|(?:\d{1,3}\.){3}\d{1,3})?(?:%[0-9A-Za-z]+)?(?![0-9A-Za-z]|:[0-9A-Za-z:])/g;

const trailingColon = /(?<!:):$/;

// A colon after the address ends a clause (`from device 2001:db8::5:0: signal lost`).
const hostIpv6: MatchFit = (match) => {
  const address = match[0].replace(trailingColon, '');
  return isHostIpv6(address) ? match.index + address.length : undefined;
};

/** IPv4 and IPv6 addresses. */
export const ipDetector: IdentifierDetector = {
  kind: 'ip',
  detect: (text: string): TextRange[] => [
    ...findMatches(ipv4, text),
    ...findMatches(ipv6Candidate, text, hostIpv6),
  ],
};
