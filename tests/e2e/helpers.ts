/**
 * Opens a page of built artefacts in an iframe of the test page, collecting its errors from the
 * first script on (a collector of errors and console warnings is injected at the top of its HTML).
 */
import { waitUntil } from '@open-wc/testing';
export interface Opened {
  win: Window & { __errors: string[]; __warnings: string[] };
  doc: Document;
  frame: HTMLIFrameElement;
}

const COLLECTOR = `<script>window.__errors=[];window.__warnings=[];{const w=console.warn;console.warn=(...a)=>{__warnings.push(a.join(' '));w.apply(console,a)}}addEventListener('error',(e)=>__errors.push(String(e.message||e)));addEventListener('unhandledrejection',(e)=>__errors.push(String(e.reason&&e.reason.message||e.reason)));</script>`;

/** Waits (up to 5 s by default) until `check` is truthy: open-wc's waitUntil, polled every 50 ms. */
export const until = (check: () => unknown, what = 'the condition', timeout = 5000): Promise<void> =>
  waitUntil(check, `timed out waiting for ${what}`, { timeout, interval: 50 });

/** An iframe of the test page, set up by `set` (its src or srcdoc), once it has loaded. */
async function frameWith(set: (frame: HTMLIFrameElement) => void, width = 1000): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width:${width}px;height:800px;border:0`;
  set(frame);
  const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
  document.body.append(frame);
  await loaded;
  return frame;
}

/** A page by its real URL, so it gets its own response headers (no collector injected). */
export const openFrame = (src: string): Promise<HTMLIFrameElement> => frameWith((f) => (f.src = src));

export async function openPage(
  url: string,
  {
    scripts = true,
    rewrite = (html: string) => html,
    width = 1000,
  }: { scripts?: boolean; rewrite?: (html: string) => string; /** The frame's width in CSS pixels. */ width?: number } = {},
): Promise<Opened> {
  const htmlText = scripts ? await (await fetch(url)).text() : '';
  const base = new URL(url, location.href).href;
  const frame = await frameWith((f) => {
    if (scripts) f.srcdoc = rewrite(htmlText).replace(/<head>/i, `<head><base href="${base}">${COLLECTOR}`);
    else {
      f.setAttribute('sandbox', 'allow-same-origin');
      f.src = url;
    }
  }, width);
  return { frame, win: frame.contentWindow as Opened['win'], doc: frame.contentDocument! };
}

/** Waits until every element matching `selector` shows its data (not a loading skeleton). */
export async function rendered(doc: Document, selector: string, timeout = 8000): Promise<Element[]> {
  const all = () => [...doc.querySelectorAll(selector)];
  await until(
    () => all().length > 0 && all().every((el) => el.shadowRoot?.querySelector('[part~="base"]:not(.skeleton)')),
    `${selector} to render`,
    timeout,
  );
  return all();
}

export const text = (el: Element | null | undefined): string =>
  ((el?.shadowRoot?.querySelector('[part~="base"]') as HTMLElement | null)?.innerText ?? '').replace(/\s+/g, ' ').trim();

/**
 * A script for a page's <head> that records its layout shifts (those not caused by input), each
 * with what moved: the node (tag, classes, part, start of its text) and its box before and after.
 */
export const RECORD_LAYOUT_SHIFTS =
  '<script>window.__shifts=[];new PerformanceObserver((list)=>{for(const e of list.getEntries())if(!e.hadRecentInput)__shifts.push({value:e.value,' +
  "moved:e.sources.map((s)=>{const n=s.node;const what=n&&n.nodeType===1?n.localName+(n.className?'.'+String(n.className).trim().replace(/\\s+/g,'.'):'')+(n.getAttribute('part')?'[part='+n.getAttribute('part')+']':''):n?'#text':'(gone)';" +
  "const r=(b)=>[b.x,b.y,b.width,b.height].map(Math.round).join(',');return what+' \u201c'+((n&&n.textContent)||'').trim().slice(0,30)+'\u201d '+r(s.previousRect)+' -> '+r(s.currentRect)})})}).observe({type:'layout-shift',buffered:true});</script>";

/** The layout shifts a page recorded with RECORD_LAYOUT_SHIFTS. */
export const layoutShifts = (win: Window): { value: number; moved: string[] }[] =>
  (win as unknown as { __shifts: { value: number; moved: string[] }[] }).__shifts;
