/** Stable codes of the federation-aware decoding errors. */
export const FederatedErrorCode = {
  /** Something tried to encode against a partner's registry; partners' registries are read-only to us. */
  RemoteRegistryReadOnly: 'MESSAGING.REMOTE_REGISTRY_READ_ONLY',
} as const;
