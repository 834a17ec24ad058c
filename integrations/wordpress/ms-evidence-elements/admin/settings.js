/**
 * Settings page: checks the chosen data file with the library's own rules (validator.js, built
 * from the library's model) before it can be sent, lists every problem by record and field, and
 * sends the summary computed from exactly those bytes with the file.
 */
import { checkFile } from './validator.js';

const input = document.getElementById('ms-ee-file');
const check = document.getElementById('ms-ee-check');
const button = document.getElementById('ms-ee-upload-button');
const output = document.getElementById('ms-ee-validation');

/** Shows a message and, when given, a list of problems. */
function show(kind, message, issues = []) {
  const box = document.createElement('div');
  box.className = `notice inline notice-${kind}`;
  const p = document.createElement('p');
  p.textContent = message;
  box.append(p);
  if (issues.length) {
    const list = document.createElement('ul');
    for (const issue of issues) {
      const li = document.createElement('li');
      li.textContent = issue;
      list.append(li);
    }
    box.append(list);
  }
  output.replaceChildren(box);
}

input?.addEventListener('change', async () => {
  button.disabled = true;
  check.value = '';
  const file = input.files?.[0];
  if (!file) return output.replaceChildren();
  show('info', 'Checking…');
  const result = await checkFile(await file.arrayBuffer());
  if ('error' in result) return show('error', `This file cannot be used: ${result.error}`);
  const { summary } = result;
  if (summary.issues.length) return show('error', 'This file has problems. Fix them and choose it again:', summary.issues);
  check.value = JSON.stringify(result);
  button.disabled = false;
  show('success', `Valid: ${summary.studies.length} studies and ${summary.treatments.length} treatments. Upload it to use it.`);
});
