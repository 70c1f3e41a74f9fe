// What other tooling (the mesh CLI) uses of the local stack; the stack's own CLI imports its modules directly.
export { clientSecretFile, ensureSecretFile } from './identity-secrets';
export { identityClients, realmOf } from './keycloak-realm';
export { consoleClient } from './console-access';
export { stackPaths } from './paths';
