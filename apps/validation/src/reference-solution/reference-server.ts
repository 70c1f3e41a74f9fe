import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FeatureRecord } from '@usm/validation';
import type { ReferenceModel } from './reference-model';
import { answer } from './reference-model';

const MAX_BODY = 1_048_576;

/**
 * The hosted inference contract (docs/validation/inference-api.yaml) over node:http: `POST /v1/predict` with
 * `{eventId, features}` answers `{eventId, label, scores}`; `GET /v1/model` names the artifact SHA-256.
 */
export function referenceServer(reference: ReferenceModel, timeZone: string, labels: readonly string[]): Server {
  return createServer((req, res) => {
    const send = (status: number, body: object) => res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    if (req.method === 'GET' && req.url === '/v1/model') return void send(200, { kind: reference.model.kind, artifactSha256: reference.artifactSha256 });
    if (req.method !== 'POST' || req.url !== '/v1/predict') return void send(404, { code: 'NOT_FOUND' });
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) req.destroy();
      else chunks.push(chunk);
    });
    req.on('end', () => {
      let instance: FeatureRecord;
      try {
        instance = JSON.parse(Buffer.concat(chunks).toString('utf8')) as FeatureRecord;
      } catch {
        return void send(400, { code: 'MALFORMED_JSON' });
      }
      if (typeof instance?.eventId !== 'string' || typeof instance.features !== 'object' || instance.features === null) return void send(400, { code: 'INVALID_INSTANCE' });
      const predicted = answer(reference, instance, timeZone);
      // Only the benchmark's labels are scored: a label the benchmark does not know is folded into the best known one.
      const known = Object.entries(predicted.scores).filter(([label]) => labels.length === 0 || labels.includes(label));
      const total = known.reduce((s, [, v]) => s + v, 0) || 1;
      const scores = Object.fromEntries(known.map(([label, v]) => [label, v / total]));
      const label = labels.length === 0 || labels.includes(predicted.label) ? predicted.label : ([...known].sort((a, b) => b[1] - a[1])[0]?.[0] ?? predicted.label);
      send(200, { eventId: instance.eventId, label, scores });
    });
  });
}

/** Starts the server and resolves with its base URL. */
export function listen(server: Server, port: number, host = '127.0.0.1'): Promise<string> {
  return new Promise((resolve) => server.listen(port, host, () => resolve(`http://${host}:${(server.address() as AddressInfo).port}`)));
}
