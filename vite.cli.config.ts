/**
 * Vite: builds the `ms-evidence` command (src/cli/bin.ts) into dist/cli/ms-evidence.js, one
 * self-contained ES module for Node 20 with its dependencies (valibot, @rgrove/parse-xml, the
 * model) inside, so `npx ms-evidence` works from the published tarball without installing the
 * element library's peer dependencies. Run by `npm run build:cli` (part of `npm run build`).
 */
import { defineConfig } from 'vite';
import { resolve } from 'node:path';
import { builtinModules } from 'node:module';

export default defineConfig({
  // The model's texts use msg() from @lit/localize; the slim module is all it needs.
  resolve: {
    alias: [{ find: /^@lit\/localize$/, replacement: resolve(import.meta.dirname, 'src/components/shared/localize-slim.ts') }],
  },
  build: {
    target: 'node20',
    outDir: 'dist/cli',
    emptyOutDir: true,
    ssr: resolve(import.meta.dirname, 'src/cli/bin.ts'),
    rolldownOptions: {
      external: [/^node:/, ...builtinModules],
      output: { entryFileNames: 'ms-evidence.js', banner: '#!/usr/bin/env node', minify: false },
    },
  },
  ssr: { noExternal: true, target: 'node' },
});
