import { ContractError, InfrastructureError } from '@usm/errors';
import { MessagingErrorCode } from '../errors/messaging-error-codes';
import { RegistrySubjectVersions } from './registry-subject-versions';

const status = (code: number): Error => Object.assign(new Error(`status ${code}`), { status: code });

describe('RegistrySubjectVersions', () => {
  it('lists the schema ids of every version, oldest first', async () => {
    const answers: Record<string, unknown> = {
      'http://registry.test/subjects/raw-value/versions': [2, 1],
      'http://registry.test/subjects/raw-value/versions/1': { id: 11 },
      'http://registry.test/subjects/raw-value/versions/2': { id: 17 },
    };
    const versions = new RegistrySubjectVersions('http://registry.test/', async () => true, async (url) => answers[url]);
    await expect(versions.schemaIdsOf('raw-value')).resolves.toEqual([11, 17]);
  });

  it('calls a subject unknown only when the registry answers its probe', async () => {
    const missing = new RegistrySubjectVersions('http://registry.test', async () => true, () => Promise.reject(status(404)));
    await expect(missing.schemaIdsOf('raw-value')).rejects.toMatchObject({ code: MessagingErrorCode.SubjectNotFound });
    await expect(missing.schemaIdsOf('raw-value')).rejects.toBeInstanceOf(ContractError);
    const wrongUrl = new RegistrySubjectVersions('http://registry.test', async () => false, () => Promise.reject(status(404)));
    await expect(wrongUrl.schemaIdsOf('raw-value')).rejects.toBeInstanceOf(InfrastructureError);
  });

  it('keeps an outage or a malformed answer retriable', async () => {
    const down = new RegistrySubjectVersions('http://registry.test', async () => true, () => Promise.reject(status(503)));
    await expect(down.schemaIdsOf('raw-value')).rejects.toMatchObject({ code: MessagingErrorCode.RegistryUnavailable, retriable: true });
    const odd = new RegistrySubjectVersions('http://registry.test', async () => true, async () => ({ not: 'a list' }));
    await expect(odd.schemaIdsOf('raw-value')).rejects.toMatchObject({ retriable: true });
  });
});
