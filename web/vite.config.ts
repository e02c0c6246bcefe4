import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// `npm run dev` proxies the API to a local `cordon serve`; the build is served by the server itself (Cordon:WebRoot).
export default defineConfig({
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: false, chunkSizeWarningLimit: 20000 },
  server: {
    proxy: Object.fromEntries(['/v1', '/openapi', '/health'].map((p) => [p, 'http://127.0.0.1:8080'])),
  },
});
