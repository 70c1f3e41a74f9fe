/** The console's validated configuration. */
export const CONSOLE_CONFIG = Symbol('CONSOLE_CONFIG');
