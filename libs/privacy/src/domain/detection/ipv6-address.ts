const hexGroup = /^[0-9A-Fa-f]{1,4}$/;
const zone = /%[0-9A-Za-z]+$/;
const ipv4 = /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;

/**
 * Whether a string is an IPv6 address that identifies a host: eight groups, or fewer with one `::`,
 * optionally ending in an IPv4 address or carrying a zone (`%eth0`). At least two non-empty groups,
 * so `::`, `::1` and clock times like `12:30:45` are not taken for addresses.
 */
export function isHostIpv6(candidate: string): boolean {
  const address = candidate.replace(zone, '');
  const halves = address.split('::');
  if (halves.length > 2) return false;
  const groups = halves.flatMap((half) => (half === '' ? [] : half.split(':')));
  const last = groups[groups.length - 1];
  const endsWithIpv4 = last !== undefined && last.includes('.');
  if (endsWithIpv4 && !ipv4.test(last)) return false;
  const hexGroups = endsWithIpv4 ? groups.slice(0, -1) : groups;
  if (!hexGroups.every((group) => hexGroup.test(group))) return false;
  const width = hexGroups.length + (endsWithIpv4 ? 2 : 0);
  const compressed = halves.length === 2;
  return (compressed ? width <= 7 : width === 8) && groups.length >= 2;
}
