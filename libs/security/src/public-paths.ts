/** Paths that answer without a token (probes and scraping); every other path, known or not, needs one. */
export const publicPaths: readonly string[] = ['/health/live', '/health/ready', '/metrics'];

export const isPublicPath = (path: string): boolean => publicPaths.includes(path.replace(/\/+$/, '') || '/');
