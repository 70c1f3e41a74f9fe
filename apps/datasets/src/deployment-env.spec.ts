import { composeEnvOf, envDriftOf, kubernetesEnvOf } from '@usm/testing';
import { envVariables } from './config';

describe('deployment kits set exactly the environment the datasets app reads', () => {
  it('infra/compose/compose.yaml', () => {
    expect(envDriftOf(envVariables, composeEnvOf('datasets'))).toEqual({ unknown: [], missing: [] });
  });

  it('the Kubernetes ConfigMap of infra/k8s', () => {
    expect(envDriftOf(envVariables, kubernetesEnvOf('datasets'))).toEqual({ unknown: [], missing: [] });
  });
});
