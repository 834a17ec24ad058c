import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import manifest from '../custom-elements.json';
import { contrast, formatRatio, normaliseHex } from '../composer/src/contrast.js';
import { STORY_FONT, type Manifest } from './designer.js';

/**
 * Every design token the elements read, generated from custom-elements.json (itself generated
 * from the elements' styles): colour swatches in both themes with their contrast on the surface,
 * the type tokens, spacing and corners, and each element's own properties with the token they
 * fall back to. Change a token on a page and every element follows.
 */
interface Token {
  name: string;
  description: string;
  default: string;
  elements: string[];
}

/** Every CSS custom property in the manifest, once, with the elements that read it. */
export function tokensFromManifest(m: Manifest = manifest as unknown as Manifest): Token[] {
  const byName = new Map<string, Token>();
  for (const d of m.modules.flatMap((mod) => mod.declarations ?? [])) {
    const decl = d as { tagName?: string; cssProperties?: { name: string; description?: string; default?: string }[] };
    if (!decl.tagName) continue;
    for (const p of decl.cssProperties ?? []) {
      const t = byName.get(p.name) ?? { name: p.name, description: p.description ?? '', default: p.default ?? '', elements: [] };
      t.elements.push(decl.tagName);
      byName.set(p.name, t);
    }
  }
  return [...byName.values()];
}

/** The light and dark values of a default: `light-dark(a, b)`, or one value for both. */
export function themeValues(value: string): [string, string] {
  const m = /^light-dark\(\s*([^,]+),\s*([^)]+)\)$/.exec(value.trim());
  return m ? [m[1]!.trim(), m[2]!.trim()] : [value.trim(), value.trim()];
}

const SURFACE: Record<'light' | 'dark', string> = { light: '#ffffff', dark: '#1b2329' };

function swatch(value: string, theme: 'light' | 'dark') {
  const hex = normaliseHex(value);
  const ratio = hex ? formatRatio(contrast(hex, SURFACE[theme])) : '';
  return html`<div class="swatch ${theme}">
    <span class="chip" style="background:${value}"></span>
    <code>${value}</code>
    ${ratio ? html`<span class="ratio">${ratio} on the ${theme} surface</span>` : nothing}
  </div>`;
}

function tokensPage() {
  const all = tokensFromManifest();
  const global = all.filter((t) => t.name.startsWith('--ms-') && !/^--ms-(study-card|review-info)-/.test(t.name));
  const colours = global.filter((t) => t.name.startsWith('--ms-color-'));
  const spacing = global.filter((t) => t.name.startsWith('--ms-space-'));
  const type = all.filter((t) => /font|size/.test(t.name));
  const radius = global.filter((t) => t.name === '--ms-radius');
  const own = all.filter((t) => !global.includes(t));
  return html`<style>
      .tokens {
        font-family: ${STORY_FONT};
        color: #212b32;
        max-width: 64rem;
      }
      .tokens table {
        border-collapse: collapse;
        width: 100%;
        margin-block-end: 2rem;
      }
      .tokens th,
      .tokens td {
        text-align: start;
        vertical-align: top;
        padding: 0.5rem;
        border-block-end: 1px solid #aeb7bd;
      }
      .tokens code {
        font-size: 0.875rem;
      }
      .swatch {
        display: flex;
        gap: 0.5rem;
        align-items: center;
        padding: 0.375rem 0.5rem;
        border-radius: 0.25rem;
      }
      .swatch.light {
        background: #fff;
        color: #212b32;
        border: 1px solid #aeb7bd;
      }
      .swatch.dark {
        background: #1b2329;
        color: #eef2f4;
      }
      .chip {
        inline-size: 2rem;
        block-size: 2rem;
        border-radius: 0.25rem;
        border: 1px solid #5e6b74;
        flex: none;
      }
      .ratio {
        font-size: 0.875rem;
      }
      .bar {
        block-size: 1rem;
        background: #005eb8;
      }
      .corner {
        inline-size: 4rem;
        block-size: 3rem;
        border: 2px solid #005eb8;
      }
    </style>
    <div class="tokens">
      <h2 id="colour">Colour</h2>
      <table aria-labelledby="colour">
        <thead>
          <tr>
            <th scope="col">Token</th>
            <th scope="col">Light</th>
            <th scope="col">Dark</th>
          </tr>
        </thead>
        <tbody>
          ${colours.map((t) => {
            const [light, dark] = themeValues(t.default);
            return html`<tr>
              <th scope="row"><code>${t.name}</code><br />${t.description}</th>
              <td>${swatch(light, 'light')}</td>
              <td>${swatch(dark, 'dark')}</td>
            </tr>`;
          })}
        </tbody>
      </table>
      <h2 id="type">Type</h2>
      <p>Sizes are in em: the elements follow the page's text size. Shown here in the stories' font, ${STORY_FONT.split(',')[0]}.</p>
      <table aria-labelledby="type">
        <tbody>
          ${type.map(
            (t) =>
              html`<tr>
                <th scope="row"><code>${t.name}</code><br />${t.description}</th>
                <td>
                  <code>${t.default}</code>
                  <p style=${t.name.includes('size') ? `font-size:${t.default};margin:0` : 'margin:0'}>
                    Umbilical cord stem cells in MS: what the research shows
                  </p>
                </td>
              </tr>`,
          )}
        </tbody>
      </table>
      <h2 id="spacing">Spacing and corners</h2>
      <table aria-labelledby="spacing">
        <tbody>
          ${[...spacing, ...radius].map(
            (t) =>
              html`<tr>
                <th scope="row"><code>${t.name}</code><br />${t.description}</th>
                <td><code>${t.default}</code></td>
                <td>
                  ${
                    t.name === '--ms-radius'
                      ? html`<div class="corner" style="border-radius:${t.default}"></div>`
                      : html`<div class="bar" style="inline-size:${t.default};font-size:1rem"></div>`
                  }
                </td>
              </tr>`,
          )}
        </tbody>
      </table>
      <h2 id="own">Each element's own properties</h2>
      <table aria-labelledby="own">
        <thead>
          <tr>
            <th scope="col">Property</th>
            <th scope="col">Default</th>
            <th scope="col">Element</th>
          </tr>
        </thead>
        <tbody>
          ${own.map(
            (t) =>
              html`<tr>
                <th scope="row"><code>${t.name}</code><br />${t.description}</th>
                <td><code>${t.default}</code></td>
                <td>${t.elements.join(', ')}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
}

const meta: Meta = {
  title: 'Design tokens',
  excludeStories: ['tokensFromManifest', 'themeValues'],
  parameters: {
    layout: 'padded',
    docs: {
      description: {
        component:
          'Every token the elements read, generated from custom-elements.json: colours in both themes with their contrast on the surface, type, spacing and corners, and each element’s own properties.',
      },
    },
  },
};
export default meta;

/** The reference, generated from the manifest. */
export const Reference: StoryObj = { name: 'Design tokens', render: tokensPage };
