import { performance } from 'node:perf_hooks';
import type { InferenceClient } from '../../application/ports';
import type { FeatureRecord } from '../../application/test-split';
import { InferenceFailedError } from './inference.errors';

/**
 * The hosted contract (docs/validation/inference-api.yaml): `POST <endpoint>/v1/predict` with one test event's
 * `{eventId, features}`, answered `{label, scores?}`. Latency is the wall time of the call, measured here.
 */
export class HttpInferenceClient implements InferenceClient {
  constructor(private readonly timeoutMs = 10_000) {}

  async predict(endpointUrl: string, instance: FeatureRecord): Promise<{ label: string; scores?: Record<string, number>; latencyMs: number }> {
    const started = performance.now();
    const response = await fetch(`${endpointUrl.replace(/\/+$/, '')}/v1/predict`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(instance),
      signal: AbortSignal.timeout(this.timeoutMs),
    }).catch((cause: unknown) => {
      throw new InferenceFailedError('the inference endpoint did not answer', cause);
    });
    const body = (await response.json().catch(() => null)) as { label?: unknown; scores?: unknown } | null;
    const latencyMs = performance.now() - started;
    if (!response.ok || body === null || typeof body.label !== 'string') throw new InferenceFailedError(`the inference endpoint answered ${response.status} without a label`);
    const scores = typeof body.scores === 'object' && body.scores !== null ? (body.scores as Record<string, number>) : undefined;
    return { label: body.label, ...(scores ? { scores } : {}), latencyMs };
  }

  /** `GET <endpoint>/v1/model`: the artifact SHA-256 served; null when the endpoint names none (404 or no hash). */
  async servedArtifact(endpointUrl: string): Promise<string | null> {
    const response = await fetch(`${endpointUrl.replace(/\/+$/, '')}/v1/model`, { signal: AbortSignal.timeout(this.timeoutMs) }).catch((cause: unknown) => {
      throw new InferenceFailedError('the inference endpoint did not answer GET /v1/model', cause);
    });
    if (response.status === 404) return null;
    const body = (await response.json().catch(() => null)) as { artifactSha256?: unknown } | null;
    if (!response.ok) throw new InferenceFailedError(`the inference endpoint answered ${response.status} to GET /v1/model`);
    return typeof body?.artifactSha256 === 'string' && /^[0-9a-f]{64}$/i.test(body.artifactSha256) ? body.artifactSha256 : null;
  }
}
