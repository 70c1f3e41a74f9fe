import type { MeshError } from '@usm/errors';
import { InfrastructureError } from '@usm/errors';
import { MessagingErrorCode } from '../errors/messaging-error-codes';
import type { RegistryProbe } from './registry-probe';

/**
 * Turns a failed registry call into a mesh error. Only a 404 can be the record's fault, and only when
 * the registry proves to be there: a wrong base URL also answers 404, and must not send every record
 * to the DLQ. Everything else (connection refused arrives as status 400 from mappersmith, 5xx, timeouts)
 * is an outage the caller may retry.
 */
export async function registryFailure(error: unknown, probe: RegistryProbe, notFound: () => MeshError): Promise<MeshError> {
  if (statusOf(error) === 404 && (await probe())) return notFound();
  return new InfrastructureError(MessagingErrorCode.RegistryUnavailable, 'schema registry did not answer usably', {
    cause: error,
    details: { status: statusOf(error) },
  });
}

function statusOf(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null || !('status' in error)) return undefined;
  return typeof error.status === 'number' ? error.status : undefined;
}
