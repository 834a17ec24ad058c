// Eleventy renders the elements into declarative shadow DOM at build time (in a worker thread,
// which loads components.js); the browser then hydrates them with assets/client.js.
import litPlugin from '@lit-labs/eleventy-plugin-lit';

export default function (eleventyConfig) {
  eleventyConfig.addPlugin(litPlugin, { mode: 'worker', componentModules: ['./components.js'] });
  return { dir: { input: 'pages', output: '../../dist/consumers/eleventy' } };
}
