import { detectIdentifiers } from './detect-identifiers';

const found = (text: string) => detectIdentifiers(text).map((hit) => [hit.kind, text.slice(hit.start, hit.end)]);

describe('IP addresses', () => {
  it.each([
    ['IPv4', '192.168.0.10'],
    ['IPv4 with a port', '10.0.0.1:8080'],
    ['IPv4 with a prefix length', '10.20.0.0/16'],
    ['IPv4 with leading zeros', '010.001.002.003'],
    ['IPv6, full', '2001:0db8:85a3:0000:0000:8a2e:0370:7334'],
    ['IPv6, compressed', '2001:db8:85a3::8a2e:370:7334'],
    ['IPv6, trailing compression', '2001:db8::'],
    ['IPv6, link-local with a zone', 'fe80::1%eth0'],
    ['IPv6, IPv4-mapped', '::ffff:10.1.2.3'],
  ])('finds %s', (_, address) => {
    expect(found(`from ${address} today`)).toEqual([['ip', address]]);
  });

  it.each([
    ['a sentence full stop', 'from 192.168.0.10.', '192.168.0.10'],
    ['Hangul', '카메라 10.1.2.3에서', '10.1.2.3'],
  ])('finds an address before %s', (_, text, address) => {
    expect(found(text)).toEqual([['ip', address]]);
  });

  it.each([
    ['a clock time', '14:30:00'],
    ['a version with five parts', '1.2.3.4.5'],
    ['an out-of-range octet', '256.1.1.1'],
    ['the unspecified address', 'a :: b'],
    ['the loopback', '::1'],
    ['a C++ scope', 'std::vector'],
    ['a ratio', '3:2'],
  ])('leaves %s alone', (_, text) => {
    expect(found(text)).toEqual([]);
  });
});
