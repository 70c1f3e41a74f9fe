export * from './mesh-error';
export * from './error-kinds';
export * from './zod-violations';
