// Runs in Eleventy's rendering worker: registers the elements and loads, before any page is
// rendered, what they otherwise load lazily (validation, the bundled data, problem templates).
// Without `await preload()` every element would render its "Loading…" state, silently.
import { preload } from 'ms-evidence-elements/server';

await preload();
