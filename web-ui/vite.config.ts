import { defineConfig } from 'vitest/config';

// No React plugin: esbuild compiles JSX on its own (the plugin's versions do not all install here).
export default defineConfig({
  esbuild: { jsx: 'automatic' },
  build: { outDir: 'target/dist', emptyOutDir: true },
  server: { fs: { allow: ['..'] } },
  test: { environment: 'jsdom', include: ['src/**/*.test.{ts,tsx}'] },
});
