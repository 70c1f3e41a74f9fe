export * from './endpoints';
export * from './topic-plan';
export * from './topic-changes';
export * from './apply-topics.command';
export * from './acl-changes';
export * from './registry-http';
export * from './register-schemas.command';
export * from './check-schemas.command';
