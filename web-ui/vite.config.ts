import { defineConfig } from 'vitest/config';

// No React plugin: esbuild compiles JSX on its own (the plugin's versions do not all install here).
export default defineConfig({
  esbuild: { jsx: 'automatic' },
  // Two pages: the app, and GraphiQL (its own bundle, so the app's first load does not carry it).
  build: { outDir: 'target/dist', emptyOutDir: true, rollupOptions: { input: { main: 'index.html', graphiql: 'graphiql.html' } } },
  server: { fs: { allow: ['..'] } },
  test: { environment: 'jsdom', include: ['src/**/*.test.{ts,tsx}'], setupFiles: ['src/jsdom-setup.ts'] },
});
