// In the browser: Lit's hydration support first, then the elements, which take over the markup
// Eleventy rendered instead of rendering it again.
import 'ms-evidence-elements/hydrate';
