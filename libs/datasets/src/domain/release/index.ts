export * from './release-facts';
export * from './release.commands';
export * from './release.events';
export * from './release.state';
export * from './release.evolve';
export { releaseDecider, decideRelease } from './release.decider';
export * from './release-stream-id';
