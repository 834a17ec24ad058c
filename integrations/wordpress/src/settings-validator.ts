/**
 * The settings page's validator (built to admin/validator.js in the plugin): checks an uploaded
 * site data file with the library's own rules and computes its no-JavaScript texts, in the
 * browser, before the form is sent. The PHP side stores the file only together with the summary
 * computed from exactly those bytes (it compares SHA-256 digests).
 */
import { summarize, type Summary } from './summaries.js';
import { languages } from './languages.js';

/** The result for one file: its digest, its summary, or why it is not JSON. */
export type Checked = { sha256: string; summary: Summary } | { sha256: string; error: string };

/** Validates the bytes of a data file (hashed as they are, so PHP can recognise them). */
export async function checkFile(bytes: ArrayBuffer): Promise<Checked> {
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  const sha256 = [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
  let data: unknown;
  try {
    data = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch (e) {
    return { sha256, error: `not valid UTF-8 JSON: ${(e as Error).message}` };
  }
  return { sha256, summary: await summarize(data, languages) };
}
