import type { RegistryCredentials } from './registry-credentials';
import { registryHeadersOf } from './registry-credentials';

/** Answers whether a Confluent-compatible registry is really behind `url`. */
export type RegistryProbe = () => Promise<boolean>;

/**
 * Lists subjects, the cheapest call every Confluent-compatible registry answers. A plain GET on
 * purpose: the client library offers no public call that proves the base URL is right.
 */
export function subjectListingProbe(url: string, timeoutMs: number, credentials?: RegistryCredentials): RegistryProbe {
  return async () => {
    try {
      const response = await fetch(`${url.replace(/\/+$/, '')}/subjects`, { signal: AbortSignal.timeout(timeoutMs), headers: registryHeadersOf(credentials) });
      return response.ok;
    } catch {
      return false;
    }
  };
}
