import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import type { ValidateFunction } from 'ajv';
import { validate as deployment } from 'kubernetes-models/_schemas/IoK8sApiAppsV1Deployment';
import { validate as statefulSet } from 'kubernetes-models/_schemas/IoK8sApiAppsV1StatefulSet';
import { validate as configMap } from 'kubernetes-models/_schemas/IoK8sApiCoreV1ConfigMap';
import { validate as namespace } from 'kubernetes-models/_schemas/IoK8sApiCoreV1Namespace';
import { validate as persistentVolumeClaim } from 'kubernetes-models/_schemas/IoK8sApiCoreV1PersistentVolumeClaim';
import { validate as secret } from 'kubernetes-models/_schemas/IoK8sApiCoreV1Secret';
import { validate as service } from 'kubernetes-models/_schemas/IoK8sApiCoreV1Service';
import type { Resource } from '../resource';

/** A validator as kubernetes-models precompiles them (Ajv standalone code of the Kubernetes OpenAPI definitions). */
type Compiled = ((data: unknown) => boolean) & { errors?: unknown[] | null };

const builtIns: Record<string, Compiled> = {
  'apps/v1/Deployment': deployment as Compiled,
  'apps/v1/StatefulSet': statefulSet as Compiled,
  'v1/ConfigMap': configMap as Compiled,
  'v1/Namespace': namespace as Compiled,
  'v1/PersistentVolumeClaim': persistentVolumeClaim as Compiled,
  'v1/Secret': secret as Compiled,
  'v1/Service': service as Compiled,
};

const strimziKinds = ['Kafka', 'KafkaNodePool', 'KafkaTopic', 'KafkaUser', 'KafkaMirrorMaker2'];
const ajv = new Ajv({ strict: false, allErrors: true });
const strimzi: Record<string, ValidateFunction> = Object.fromEntries(
  strimziKinds.map((kind) => {
    const vendored = JSON.parse(readFileSync(join(__dirname, '../../../../infra/k8s/schemas/strimzi', `${kind}.v1.json`), 'utf8')) as { openAPIV3Schema: object };
    return [`kafka.strimzi.io/v1/${kind}`, ajv.compile(vendored.openAPIV3Schema)];
  }),
);

/** The schema errors of a resource against its kind's schema; throws for a kind the kit has no schema for. */
export function schemaErrorsOf(resource: Resource): unknown[] {
  const key = `${resource.apiVersion}/${resource.kind}`;
  const validate = builtIns[key] ?? strimzi[key];
  if (!validate) throw new Error(`No schema for ${key}`);
  return validate(resource) ? [] : [...(validate.errors ?? [])];
}
