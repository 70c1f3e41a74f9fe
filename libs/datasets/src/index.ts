export * from './domain';
export * from './artifacts';
export * from './datasets.module';
export * from './datasets.options';
export * from './datasets.tokens';
export * from './application';
export * from './adapters';
// Both the release aggregate (domain) and the artifacts name a ReleaseFile; the package exports the artifacts' (stored files).
export type { ReleaseFile } from './artifacts';
export * from './withdrawal';
