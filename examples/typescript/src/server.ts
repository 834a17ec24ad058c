// The server entry under node16: preload, renderToString, and the JSON-LD helpers.
import { preload, renderToString, studyJsonLd } from 'ms-evidence-elements/server';
import { html } from 'lit';

await preload();
const page: string = await renderToString(html`<ms-study-card study-id="lu-2020"></ms-study-card>`);
console.log(page.length, typeof studyJsonLd);
