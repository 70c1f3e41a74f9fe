/**
 * Copies the openAPIV3Schema of the Strimzi CRDs the kit generates into infra/k8s/schemas/strimzi (descriptions
 * dropped to keep them small). Run once per Strimzi upgrade, on the CRD files of a release:
 *   npx tsx tools/k8s-kit/vendor-strimzi-schemas.ts <dir with 04x-Crd-*.yaml> <release> <commit>
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';

const files = ['040-Crd-kafka', '043-Crd-kafkatopic', '044-Crd-kafkauser', '045-Crd-kafkanodepool', '048-Crd-kafkamirrormaker2'];
const [dir, release, commit] = process.argv.slice(2);
if (!dir || !release || !commit) throw new Error('usage: vendor-strimzi-schemas.ts <crd dir> <release> <commit>');

const strip = (value: unknown): unknown =>
  Array.isArray(value)
    ? value.map(strip)
    : value !== null && typeof value === 'object'
      ? Object.fromEntries(Object.entries(value).filter(([key]) => key !== 'description').map(([key, inner]) => [key, strip(inner)]))
      : value;

interface Crd {
  spec: { group: string; names: { kind: string }; versions: { name: string; schema: { openAPIV3Schema: unknown } }[] };
}

for (const file of files) {
  const crd = parse(readFileSync(join(dir, `${file}.yaml`), 'utf8')) as Crd;
  const version = crd.spec.versions.find((v) => v.name === 'v1');
  if (!version) throw new Error(`${file} has no v1 version`);
  const vendored = {
    source: `strimzi/strimzi-kafka-operator ${release} (commit ${commit}) packaging/install/cluster-operator/${file}.yaml`,
    group: crd.spec.group,
    kind: crd.spec.names.kind,
    version: version.name,
    note: 'spec.versions[v1].schema.openAPIV3Schema, description fields removed',
    openAPIV3Schema: strip(version.schema.openAPIV3Schema),
  };
  writeFileSync(resolve(__dirname, '../../infra/k8s/schemas/strimzi', `${crd.spec.names.kind}.v1.json`), `${JSON.stringify(vendored)}\n`);
}
