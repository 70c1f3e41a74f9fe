import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));

// The web app is built to dist/apps/console/web, which the console backend serves; `serve-web` proxies the API to it.
export default defineConfig({
  root: `${here}src/web`,
  base: './',
  plugins: [react()],
  build: { outDir: `${here}../../dist/apps/console/web`, emptyOutDir: true, chunkSizeWarningLimit: 2_000 },
  server: { proxy: { '/api': 'http://127.0.0.1:3300', '/console-settings.json': 'http://127.0.0.1:3300' } },
});
