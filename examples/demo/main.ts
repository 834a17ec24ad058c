/**
 * The demo: the seed clinic page rebuilt from the library's elements and the bundled data. Its
 * plain content (overview, symptoms, forms of MS) is already in the HTML, written there by Vite
 * (examples/demo/content-html.ts); the script only brings the elements.
 */
import '../../src/index.js';
