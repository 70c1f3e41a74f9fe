import { isHostIpv6 } from './ipv6-address';

describe('isHostIpv6', () => {
  it.each([
    '2001:db8:85a3:0:0:8a2e:370:7334',
    '2001:db8::1',
    'fe80::1%eth0',
    '::ffff:192.0.2.1',
    '2001:db8::',
    '1:2:3:4:5:6:7::',
  ])('accepts %s', (address) => {
    expect(isHostIpv6(address)).toBe(true);
  });

  it.each([
    ['a clock time', '12:30:45'],
    ['a MAC address', '00:1A:2B:3C:4D:5E'],
    ['two compressions', '2001::db8::1'],
    ['nine groups', '1:2:3:4:5:6:7:8:9'],
    ['too many groups around ::', '1:2:3:4::5:6:7:8'],
    ['a five-digit group', '2001:db8::12345'],
    ['a bad IPv4 tail', '::ffff:300.0.2.1'],
    ['the unspecified address', '::'],
    ['the loopback', '::1'],
  ])('refuses %s', (_, address) => {
    expect(isHostIpv6(address)).toBe(false);
  });
});
