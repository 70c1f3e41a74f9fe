export * from './dataset-definition';
export * from './parse-dataset-definition';
export * from './dataset-definition.commands';
export * from './dataset-definition.events';
export * from './dataset-definition.state';
export { datasetDefinitionDecider, decideDefinition, evolveDefinition, initialDefinitionState, datasetDefinitionStreamId } from './dataset-definition.decider';
export { isOwnOrReplicaOf, eventSourceTopic, labelSourceTopic } from './source-topics';
