// Custom Elements Manifest: generated from the element classes' JSDoc, never hand-edited.
import { readFileSync } from 'node:fs';

/**
 * The shared design tokens (`--ms-*`, documented by the comment on their line in
 * src/components/shared/styles.ts) and the `theme` attribute they respond to, added to every
 * element whose styles use those tokens: written once, listed for each element.
 */
function sharedTokens() {
  const source = readFileSync('src/components/shared/styles.ts', 'utf8');
  const tokens = [...source.matchAll(/var\((--ms-[\w-]+), (.+)\);\s*\/\*\s*(.+?)\s*\*\//g)].map(([, name, fallback, description]) => ({
    name,
    description,
    default: fallback,
  }));
  const theme = {
    name: 'theme',
    description:
      "`light` or `dark` fixes the colour scheme; `auto` follows the reader's `prefers-color-scheme`; without it the element follows the page's declared `color-scheme` (light unless the page declares dark support).",
    type: { text: "'light' | 'dark' | 'auto' | undefined" },
  };
  return {
    name: 'ms-shared-tokens',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        const usesTokens = /\btokens\b/.test(readFileSync(mod.path, 'utf8'));
        for (const decl of mod.declarations ?? []) {
          if (!decl.customElement || !usesTokens) continue;
          const own = new Set((decl.cssProperties ?? []).map((p) => p.name));
          decl.cssProperties = [...(decl.cssProperties ?? []), ...tokens.filter((t) => !own.has(t.name))];
          if (!(decl.attributes ?? []).some((a) => a.name === 'theme')) decl.attributes = [...(decl.attributes ?? []), theme];
        }
      }
    },
  };
}

/**
 * Private and protected members are implementation (memo, resolution, fetch, render helpers…):
 * left out of the manifest, and so of Storybook's props table and editors' completions. Public
 * members that are not for users are marked `@internal`, which the analyzer already leaves out.
 */
function hideInternals() {
  return {
    name: 'ms-hide-internals',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const decl of mod.declarations ?? []) {
          if (decl.members) decl.members = decl.members.filter((m) => (m.privacy ?? 'public') === 'public' && !/^[_#]/.test(m.name));
        }
      }
    },
  };
}

export default {
  globs: ['src/components/**/*.ts'],
  exclude: ['src/components/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [sharedTokens(), hideInternals()],
};
