/**
 * Hostile strings: script and markup injection, event handlers, dangerous URL schemes (plain and
 * encoded), SVG, template syntax. Every one must end up as text, never as markup or a link.
 */
export const PAYLOADS = [
  '<script>window.__pwned=1</script>',
  '<img src=x onerror="window.__pwned=1">',
  '<svg onload="window.__pwned=1"><circle r="1"/></svg>',
  '<iframe src="javascript:window.__pwned=1"></iframe>',
  '<a href="javascript:window.__pwned=1">click</a>',
  '"><img src=x onerror=window.__pwned=1>',
  "'><svg/onload=window.__pwned=1>",
  'javascript:window.__pwned=1',
  'JaVaScRiPt:window.__pwned=1',
  ' javascript:window.__pwned=1',
  'java\tscript:window.__pwned=1',
  'data:text/html,<script>window.__pwned=1</script>',
  'data:text/html;base64,PHNjcmlwdD53aW5kb3cuX19wd25lZD0xPC9zY3JpcHQ+',
  'vbscript:msgbox(1)',
  '&lt;script&gt;window.__pwned=1&lt;/script&gt;',
  '%3Cscript%3Ewindow.__pwned%3D1%3C%2Fscript%3E',
  '\\u003cscript\\u003ewindow.__pwned=1\\u003c/script\\u003e',
  '<math><mtext><table><mglyph><style><img src=x onerror=window.__pwned=1>',
  '<template><script>window.__pwned=1</script></template>',
  '{{constructor.constructor("window.__pwned=1")()}}',
  '${window.__pwned=1}',
  '</script><script>window.__pwned=1</script>',
  '<style>*{display:none}</style>',
  '\u202Eevil\u202C<b onmouseover=window.__pwned=1>bold</b>',
];

/** Every string leaf of a record, as dotted paths. */
export function stringPaths(record: unknown, prefix = ''): string[] {
  if (typeof record === 'string') return [prefix];
  if (Array.isArray(record)) return record.flatMap((v, i) => stringPaths(v, `${prefix}${prefix ? '.' : ''}${i}`));
  if (record && typeof record === 'object') {
    return Object.entries(record).flatMap(([k, v]) => stringPaths(v, `${prefix}${prefix ? '.' : ''}${k}`));
  }
  return [];
}

/** A deep copy of a record with the string at `path` replaced. */
export function withString<T>(record: T, path: string, value: string): T {
  const copy = structuredClone(record) as Record<string, unknown>;
  const keys = path.split('.');
  let node = copy as Record<string, unknown>;
  for (const k of keys.slice(0, -1)) node = node[k] as Record<string, unknown>;
  node[keys.at(-1)!] = value;
  return copy as T;
}
