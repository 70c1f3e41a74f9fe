import type { SeededRandom } from '../seeded-random';
import type { CorpusFormat } from './corpus-identifier';
import { withLanguages } from './format-languages';

const hex = '0123456789abcdef';
const group = (r: SeededRandom): string => r.chars(hex, r.int(1, 4)).replace(/^0+(?=.)/, '');
const octet = (r: SeededRandom): number => r.int(1, 254);

/** IPv4 and IPv6 addresses, with ports and compressed forms. */
export const ipFormats: readonly CorpusFormat[] = withLanguages([
  { format: 'ipv4', region: 'intl', make: (r) => `${r.int(11, 223)}.${octet(r)}.${octet(r)}.${octet(r)}` },
  { format: 'ipv4-port', region: 'intl', make: (r) => `${r.int(11, 223)}.${octet(r)}.${octet(r)}.${octet(r)}:${r.int(1024, 65535)}` },
  { format: 'ipv6-full', region: 'intl', make: (r) => Array.from({ length: 8 }, () => r.chars(hex, 4)).join(':') },
  { format: 'ipv6-compressed', region: 'intl', make: (r) => `2001:db8:${group(r)}::${group(r)}:${group(r)}` },
  { format: 'ipv6-link-local', region: 'intl', make: (r) => `fe80::${group(r)}:${group(r)}:${group(r)}:${group(r)}` },
]);

/** MAC addresses of phones and wearables. */
export const macFormats: readonly CorpusFormat[] = withLanguages([
  { format: 'colon', region: 'intl', make: (r) => Array.from({ length: 6 }, () => r.chars('0123456789ABCDEF', 2)).join(':') },
  { format: 'dash', region: 'intl', make: (r) => Array.from({ length: 6 }, () => r.chars(hex, 2)).join('-') },
  { format: 'cisco', region: 'intl', make: (r) => Array.from({ length: 3 }, () => r.chars(hex, 4)).join('.') },
]);

/** Media links as cameras and apps produce them. */
export const urlFormats: readonly CorpusFormat[] = withLanguages([
  { format: 'https-image', region: 'intl', make: (r) => `https://media.example.org/cctv/${r.chars(hex, 12)}.jpg` },
  { format: 'http-video', region: 'intl', make: (r) => `http://cam-${r.int(1, 99)}.example.net/clips/${r.chars(hex, 10)}.mp4?t=${r.int(1, 600)}` },
  { format: 'rtsp', region: 'intl', make: (r) => `rtsp://stream.example.com:554/live/${r.int(1, 64)}` },
  { format: 's3', region: 'intl', make: (r) => `s3://usm-evidence/${r.chars(hex, 8)}/${r.chars(hex, 8)}.png` },
  { format: 'www', region: 'intl', make: (r) => `www.example.com/reports/${r.chars(hex, 8)}` },
  { format: 'bare-host', region: 'intl', make: (r) => `cdn.example.org/v/${r.chars(hex, 10)}.m3u8` },
]);
