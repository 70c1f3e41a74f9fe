import { composeEnvOf, envDriftOf, kubernetesEnvOf } from '@usm/testing';
import { envVariables } from './config';

describe('deployment kits set exactly the environment the sites app reads', () => {
  it('infra/compose/compose.yaml', () => {
    expect(envDriftOf(envVariables, composeEnvOf('sites'))).toEqual({ unknown: [], missing: [] });
  });

  it('the Kubernetes ConfigMap of infra/k8s', () => {
    expect(envDriftOf(envVariables, kubernetesEnvOf('sites'))).toEqual({ unknown: [], missing: [] });
  });
});
