import { composeEnvOf, envDriftOf, kubernetesEnvOf } from '@usm/testing';
import { envVariables } from './config';

describe('deployment kits set exactly the environment the validation app reads', () => {
  it('infra/compose/compose.yaml', () => {
    expect(envDriftOf(envVariables, composeEnvOf('validation'))).toEqual({ unknown: [], missing: [] });
  });

  it('the Kubernetes ConfigMap of infra/k8s', () => {
    expect(envDriftOf(envVariables, kubernetesEnvOf('validation'))).toEqual({ unknown: [], missing: [] });
  });
});
