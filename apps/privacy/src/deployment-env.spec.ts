import { readFileSync } from 'node:fs';
import { defaultPrivacyPolicyPath, privacyPolicyFromYaml } from '@usm/privacy';
import { composeEnvOf, envDriftOf, kubernetesEnvOf } from '@usm/testing';
import { parse } from 'yaml';
import { envVariables } from './config';

const policyText = readFileSync(defaultPrivacyPolicyPath(), 'utf8');
/** The variable the shipped policy takes its pseudonymisation key from; its `_FILE` form names a file holding it. */
const secretVariable = (parse(policyText) as { pseudonymisation: { secret: { env: string } } }).pseudonymisation.secret.env;
const policyVariables = [secretVariable, `${secretVariable}_FILE`].map((name) => ({ name, required: false }));
const kits: [string, () => Record<string, unknown>][] = [
  ['infra/compose/compose.yaml', () => composeEnvOf('privacy')],
  ['the Kubernetes ConfigMap of infra/k8s', () => kubernetesEnvOf('privacy')],
];

describe('deployment kits set exactly the environment the privacy app reads', () => {
  it.each(kits)('%s', (_, envOf) => {
    expect(envDriftOf([...envVariables, ...policyVariables], envOf())).toEqual({ unknown: [], missing: [] });
  });

  it.each(kits)('%s gives the shipped policy its pseudonymisation key, from a mounted secret file', async (_, envOf) => {
    const env = Object.fromEntries(Object.entries(envOf()).map(([name, value]) => [name, String(value)]));
    const file = env[`${secretVariable}_FILE`];
    expect(file).toMatch(/^(\/var)?\/run\/secrets\//);
    const mounted = async (path: string): Promise<Uint8Array> => {
      if (path !== file) throw new Error(`no such file ${path}`);
      return Buffer.from('k'.repeat(44));
    };
    const loaded = await privacyPolicyFromYaml(policyText, env, mounted);
    expect(loaded.pseudonymise).toEqual(expect.any(Function));
  });
});
