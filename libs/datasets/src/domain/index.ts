// The datasets domain, pure. Entry points: parseDatasetDefinition, datasetDefinitionDecider, releaseDecider,
// buildRows (definition, events, labels, excluded → rows, lineage, report | refusal), measureAnonymity (verify),
// createSplitHash / splitOf, joinLabels. Choices are explained in docs/adr/0015-dataset-releases.md.
export * from './datasets-error-codes';
export * from './definition';
export * from './rows';
export * from './filters';
export * from './splits';
export * from './anonymity';
export * from './build';
export * from './release';
