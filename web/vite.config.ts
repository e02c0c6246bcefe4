import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// `npm run dev` proxies the API to a local `cordon serve`; the build is served by the server itself (Cordon:WebRoot).
export default defineConfig({
  plugins: [react()],
  // Ketcher's dependencies still name Node's `global`.
  // Ketcher's Indigo worker is an ES module (it finds its .wasm by import.meta.url).
  worker: { format: 'es' },
  define: { global: 'globalThis' },
  resolve: {
    // Ketcher draws with paper.js; its "full" build adds PaperScript, whose bundled parser compiles code with Function() at
    // load, which a CSP without 'unsafe-eval' refuses. The core build is the same library without PaperScript.
    alias: [{ find: /^paper$/, replacement: 'paper/dist/paper-core.js' }],
  },
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: false, chunkSizeWarningLimit: 20000 },
  server: {
    proxy: Object.fromEntries(['/v1', '/openapi', '/health'].map((p) => [p, 'http://127.0.0.1:8080'])),
  },
});
