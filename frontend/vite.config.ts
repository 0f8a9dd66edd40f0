import { fileURLToPath, URL } from 'node:url';

import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// The Spring Boot app serves the UI and the API from one origin; in development Vite stands in
// front of it so cookies (session, XSRF-TOKEN) stay same-origin exactly as in production.
const backend = process.env.BACKEND_URL ?? 'http://localhost:8080';
const proxied = { target: backend, changeOrigin: false };

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  server: {
    proxy: {
      '/api': proxied,
      '/actuator': proxied,
      '/v3': proxied,
      '/ws': { ...proxied, ws: true },
    },
  },
  build: {
    // Maven packages target/classes into chibo-frontend.jar; Spring Boot serves classpath:/static.
    outDir: 'target/classes/static',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
    rollupOptions: {
      output: {
        manualChunks: {
          react: ['react', 'react-dom', 'react-router'],
          antd: ['antd', '@ant-design/icons'],
        },
      },
    },
  },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['./src/testing/setup-tests.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    css: false,
    // The machine is shared; antd's first render in a file can take seconds.
    testTimeout: 60_000,
  },
});
