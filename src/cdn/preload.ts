/**
 * Fetches early what the elements on a page will need, so a card arrives in two sequential
 * requests after the HTML (loader.js, then everything at once) instead of a chain of imports each
 * found only when the one before it has arrived: each used element's chunks and its model, and
 * the bundled record a `study-id` names. The build writes the list of files
 * (`preloadManifest` in vite.config.ts); from sources it is empty and nothing is preloaded.
 */

interface Manifest {
  /** Per tag: its chunks and the model's, paths relative to loader.js. */
  tags: Record<string, string[]>;
  /** The bundled dataset's chunks (the module that picks a part). */
  dataset: string[];
  /** Per bundled study id: its record's chunk. */
  studies: Record<string, string[]>;
}

const MANIFEST = ((): Manifest => {
  try {
    return JSON.parse('__MS_PRELOAD__') as Manifest;
  } catch {
    return { tags: {}, dataset: [], studies: {} };
  }
})();

const done = new Set<string>();

function preload(files: readonly string[] = []): void {
  for (const file of files) {
    if (done.has(file)) continue;
    done.add(file);
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = new URL(file, import.meta.url).href;
    document.head.append(link);
  }
}

/** Preloads for the elements (and class-based fallbacks) of `tags` under `root`. */
export function preloadUsed(root: ParentNode, tags: readonly string[]): void {
  for (const tag of tags) if (root.querySelector(`${tag}, .${tag}`)) preload(MANIFEST.tags[tag]);
  for (const el of root.querySelectorAll('[study-id]:not([src]), [data-study-id]:not([data-src])')) {
    const files = MANIFEST.studies[el.getAttribute('study-id') ?? el.getAttribute('data-study-id') ?? ''];
    if (files) preload([...MANIFEST.dataset, ...files]);
  }
}
