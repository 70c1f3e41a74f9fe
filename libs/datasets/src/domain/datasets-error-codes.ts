/** Stable codes of every error the datasets domain raises. */
export const DatasetsErrorCode = {
  InvalidDefinition: 'DATASETS.INVALID_DEFINITION',
  DefinitionNotFound: 'DATASETS.DEFINITION_NOT_FOUND',
  DefinitionExists: 'DATASETS.DEFINITION_EXISTS',
  DefinitionIdMismatch: 'DATASETS.DEFINITION_ID_MISMATCH',
  ReleaseNotFound: 'DATASETS.RELEASE_NOT_FOUND',
  ReleaseExists: 'DATASETS.RELEASE_EXISTS',
  InvalidReleaseVersion: 'DATASETS.INVALID_RELEASE_VERSION',
  ReleaseNotRequested: 'DATASETS.RELEASE_NOT_REQUESTED',
  ReleaseNotBuilt: 'DATASETS.RELEASE_NOT_BUILT',
  ReleaseNotWithdrawable: 'DATASETS.RELEASE_NOT_WITHDRAWABLE',
  ReleaseNotSupersedable: 'DATASETS.RELEASE_NOT_SUPERSEDABLE',
  ReleaseSupersedesItself: 'DATASETS.RELEASE_SUPERSEDES_ITSELF',
  ReleaseFinal: 'DATASETS.RELEASE_FINAL',
} as const;

export type DatasetsErrorCode = (typeof DatasetsErrorCode)[keyof typeof DatasetsErrorCode];
