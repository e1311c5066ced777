import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The bundle goes where Maven packages resources: the platform serves it at / (ADR 0012).
export default defineConfig({
  root: 'web',
  plugins: [react()],
  build: { outDir: '../target/classes/static', emptyOutDir: true, assetsDir: 'assets' },
});
