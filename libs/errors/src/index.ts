export * from './mesh-error';
export * from './error-kinds';
