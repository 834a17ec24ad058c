/**
 * Brand colours that stay readable: one colour in, a `light-dark()` pair out, each side with at
 * least 4.5:1 contrast (WCAG 2 AA for text) on every background the elements paint it on. Shared
 * by the composer and Storybook's theme builder, so both say the same thing about the same colour.
 *
 * Contrast follows WCAG 2's relative-luminance formula. A colour that falls short is mixed with
 * black (for light backgrounds) or white (for dark ones), by the smallest amount that reaches
 * the target, so its hue stays recognisable; the reason is returned in words for the user.
 */

/** The minimum contrast for normal-size text (WCAG 2.2, 1.4.3 AA). */
export const MIN_CONTRAST = 4.5;

/**
 * The backgrounds an accent or link colour sits on, per theme: the surface and the subtle surface
 * (headers, callouts). They are the defaults of `--ms-color-surface` and `--ms-color-surface-subtle`
 * in src/components/shared/styles.ts; a test checks that they still match.
 */
export const BACKGROUNDS = {
  light: [
    { name: 'white surface', hex: '#ffffff' },
    { name: 'subtle surface', hex: '#f0f4f5' },
  ],
  dark: [
    { name: 'dark surface', hex: '#1b2329' },
    { name: 'dark subtle surface', hex: '#263139' },
  ],
} as const;

type Rgb = [number, number, number];

/** `#rgb` or `#rrggbb` (any case) as 0–255 channels; undefined when it is not a hex colour. */
export function parseHex(value: string): Rgb | undefined {
  const m = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(value.trim());
  if (!m) return undefined;
  const hex = m[1]!.length === 3 ? [...m[1]!].map((c) => c + c).join('') : m[1]!;
  return [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16)) as Rgb;
}

/** Lower-case `#rrggbb`. */
export const toHex = (rgb: Rgb): string =>
  '#' +
  rgb
    .map((c) =>
      Math.round(Math.min(255, Math.max(0, c)))
        .toString(16)
        .padStart(2, '0'),
    )
    .join('');

/** `#rgb`, `#RRGGBB` → `#rrggbb`; undefined when it is not a hex colour. */
export const normaliseHex = (value: string): string | undefined => {
  const rgb = parseHex(value);
  return rgb && toHex(rgb);
};

const linear = (c: number): number => {
  const s = c / 255;
  return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
};

/** WCAG relative luminance, 0 (black) to 1 (white). */
export const luminance = ([r, g, b]: Rgb): number => 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);

/** WCAG contrast ratio of two hex colours, 1 to 21. */
export function contrast(a: string, b: string): number {
  const [la, lb] = [luminance(parseHex(a)!), luminance(parseHex(b)!)];
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** A ratio as people read it: 4.52 → "4.5:1" (rounded down, so 4.49 never reads 4.5). */
export const formatRatio = (ratio: number): string => `${(Math.floor(ratio * 10) / 10).toFixed(1)}:1`;

const mix = (from: Rgb, to: Rgb, t: number): Rgb => from.map((c, i) => c + (to[i]! - c) * t) as Rgb;

/** One side of the pair: the colour used, its worst contrast, and what was done to it. */
export interface ThemeSide {
  /** The colour to use, `#rrggbb`. */
  hex: string;
  /** Its lowest contrast against the theme's backgrounds. */
  ratio: number;
  /** Whether it differs from the colour given. */
  adjusted: boolean;
  /** What happened, in a sentence for the user. */
  reason: string;
}

/** A brand colour turned into a light/dark pair. */
export interface BrandPair {
  /** The colour given, normalised. */
  input: string;
  light: ThemeSide;
  dark: ThemeSide;
}

const worst = (hex: string, theme: 'light' | 'dark') =>
  BACKGROUNDS[theme].map((bg) => ({ bg, ratio: contrast(hex, bg.hex) })).reduce((a, b) => (b.ratio < a.ratio ? b : a));

function side(input: Rgb, theme: 'light' | 'dark'): ThemeSide {
  const given = toHex(input);
  const before = worst(given, theme);
  const on = `on the ${before.bg.name} (${before.bg.hex})`;
  if (before.ratio >= MIN_CONTRAST) {
    return { hex: given, ratio: before.ratio, adjusted: false, reason: `${given} has ${formatRatio(before.ratio)} ${on}: kept as it is.` };
  }
  const target: Rgb = theme === 'light' ? [0, 0, 0] : [255, 255, 255];
  // Contrast against these backgrounds grows steadily as the colour moves towards black (or
  // white), so a binary search finds the smallest mix that reaches the target.
  let lo = 0;
  let hi = 1;
  for (let i = 0; i < 24; i++) {
    const t = (lo + hi) / 2;
    if (worst(toHex(mix(input, target, t)), theme).ratio >= MIN_CONTRAST) hi = t;
    else lo = t;
  }
  let hex = toHex(mix(input, target, hi));
  // Rounding to whole channels can land just under the target: step on until it holds.
  for (let t = hi; worst(hex, theme).ratio < MIN_CONTRAST && t < 1; t = Math.min(1, t + 0.002)) hex = toHex(mix(input, target, t));
  const after = worst(hex, theme);
  const how = theme === 'light' ? 'darkened' : 'lightened';
  return {
    hex,
    ratio: after.ratio,
    adjusted: true,
    reason: `${given} has only ${formatRatio(before.ratio)} ${on}, below the ${MIN_CONTRAST}:1 text needs: ${how} to ${hex} (${formatRatio(after.ratio)}).`,
  };
}

/**
 * The light/dark pair for a brand colour: the colour itself where it already reads well, else the
 * nearest darker (light theme) or lighter (dark theme) colour that does. Undefined for a value that
 * is not a hex colour.
 */
export function brandPair(color: string): BrandPair | undefined {
  const rgb = parseHex(color);
  if (!rgb) return undefined;
  return { input: toHex(rgb), light: side(rgb, 'light'), dark: side(rgb, 'dark') };
}

/** What a theme sets besides the colour. */
export interface ThemeOptions {
  /** A CSS font-family list; empty keeps the page's font. */
  font?: string;
  /** A CSS length for corners, e.g. "0.5em"; empty keeps the default. */
  radius?: string;
}

/** Font stacks people pick from; the first is the one the elements' stories use. */
export const FONT_STACKS = {
  'System sans-serif': 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  'Humanist sans-serif': '"Frutiger", "Segoe UI", Candara, "Trebuchet MS", sans-serif',
  Serif: 'Georgia, Cambria, "Times New Roman", serif',
  "The page's own font (shown here as the browser's default)": '',
} as const;

/** Only characters a font-family list or a length needs: a stray `;` or `}` cannot end the rule early. */
const cssSafe = (value: string): string => value.replace(/[^\w\s"',.\-%]/g, '').trim();

/**
 * The CSS block a page puts in its `<head>` (or a theme's stylesheet): the brand pair on the accent
 * and link tokens, and the font and radius when given.
 */
export function themeCss(pair: BrandPair, options: ThemeOptions = {}, selector = ':root'): string {
  const value = `light-dark(${pair.light.hex}, ${pair.dark.hex})`;
  const lines = [
    `/* Brand ${pair.input}: light ${pair.light.hex} (${formatRatio(pair.light.ratio)}), dark ${pair.dark.hex} (${formatRatio(pair.dark.ratio)}) */`,
    `--ms-color-accent: ${value};`,
    `--ms-color-link: ${value};`,
  ];
  const font = cssSafe(options.font ?? '');
  const radius = cssSafe(options.radius ?? '');
  if (font) lines.push(`--ms-font-family: ${font};`);
  if (radius) lines.push(`--ms-radius: ${radius};`);
  return `${selector} {\n${lines.map((l) => `  ${l}`).join('\n')}\n}`;
}

/** The same tokens as an object of custom properties, for a live preview's style. */
export function themeProperties(pair: BrandPair, options: ThemeOptions = {}): Record<string, string> {
  const value = `light-dark(${pair.light.hex}, ${pair.dark.hex})`;
  const props: Record<string, string> = { '--ms-color-accent': value, '--ms-color-link': value };
  const font = cssSafe(options.font ?? '');
  const radius = cssSafe(options.radius ?? '');
  if (font) props['--ms-font-family'] = font;
  if (radius) props['--ms-radius'] = radius;
  return props;
}
