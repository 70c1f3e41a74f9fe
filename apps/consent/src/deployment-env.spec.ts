import { composeEnvOf, envDriftOf, kubernetesEnvOf } from '@usm/testing';
import { envVariables } from './config';

describe('deployment kits set exactly the environment the consent app reads', () => {
  it('infra/compose/compose.yaml', () => {
    expect(envDriftOf(envVariables, composeEnvOf('consent'))).toEqual({ unknown: [], missing: [] });
  });

  it('the Kubernetes ConfigMap of infra/k8s', () => {
    expect(envDriftOf(envVariables, kubernetesEnvOf('consent'))).toEqual({ unknown: [], missing: [] });
  });
});
