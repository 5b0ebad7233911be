import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const tabRoot = fileURLToPath(new URL('.', import.meta.url));
/** Where `vite` (dev) and `vite preview` send /api: the hub server, on its default port unless told otherwise. */
const apiOrigin = process.env.HUB_API_ORIGIN ?? 'http://localhost:3978';

// The server serves the built tab from tab/dist on the same origin as the API, so the
// session cookie and the Teams token reach /api without any cross-origin set-up.
export default defineConfig({
  root: tabRoot,
  base: '/',
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    emptyOutDir: true,
    sourcemap: true,
    // Fluent UI, React and zod are most of the bundle; Teams loads it once per session.
    chunkSizeWarningLimit: 900,
  },
  server: {
    proxy: {
      '/api': { target: apiOrigin, changeOrigin: false },
    },
  },
  preview: {
    proxy: {
      '/api': { target: apiOrigin, changeOrigin: false },
    },
  },
});
