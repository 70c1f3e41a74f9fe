import { InfrastructureError } from '@usm/errors';
import type { SolutionRegistry } from '../../application/ports';

/**
 * The validation service's solution registry over HTTP: `GET /v1/solutions/{solutionId}/versions/{version}`,
 * 200 when registered, 404 when not. The caller's token is forwarded, so the registry answers as it would to the
 * company itself; any other answer is an outage (retriable, HTTP 503 to the caller).
 */
export class HttpSolutionRegistry implements SolutionRegistry {
  constructor(
    private readonly baseUrl: string,
    private readonly timeoutMs = 5_000,
  ) {}

  async isRegistered(solutionId: string, version: string, callerToken: string): Promise<boolean> {
    const url = `${this.baseUrl.replace(/\/+$/, '')}/v1/solutions/${encodeURIComponent(solutionId)}/versions/${encodeURIComponent(version)}`;
    let status: number;
    try {
      const response = await fetch(url, { headers: { authorization: `Bearer ${callerToken}`, accept: 'application/json' }, signal: AbortSignal.timeout(this.timeoutMs) });
      status = response.status;
      await response.body?.cancel();
    } catch (cause) {
      throw new InfrastructureError('LABELS.SOLUTION_REGISTRY_UNREACHABLE', 'the validation service did not answer', { cause, details: { rule: 'registry.reachable' } });
    }
    if (status === 200) return true;
    if (status === 404) return false;
    throw new InfrastructureError('LABELS.SOLUTION_REGISTRY_UNREACHABLE', `the validation service answered ${status}`, { details: { rule: 'registry.reachable' } });
  }
}
