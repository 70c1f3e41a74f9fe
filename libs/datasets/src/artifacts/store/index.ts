export * from './artifact-store';
export * from './local-directory-artifact-store';
