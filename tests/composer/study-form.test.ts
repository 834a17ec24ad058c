// "Add your own study": the form generated from StudySchema, validated like `npm run validate-data`.
import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { StudySchema } from '../../src/model/schema.js';
import { walk } from '../../composer/src/schema-walk.js';
import { $, addItem, button, fillField, formOf, freshComposer } from './helpers.js';
import type { MsComposer } from '../../composer/src/composer-app.js';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Clicks a button that downloads a file, and returns the file's name and text. */
async function download(click: () => void): Promise<{ name: string; text: string }> {
  const realCreate = URL.createObjectURL;
  const realClick = HTMLAnchorElement.prototype.click;
  let blob: Blob | undefined;
  let name = '';
  URL.createObjectURL = (b: Blob | MediaSource) => ((blob = b as Blob), 'blob:test');
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    name = this.download;
  };
  try {
    click();
  } finally {
    URL.createObjectURL = realCreate;
    HTMLAnchorElement.prototype.click = realClick;
  }
  return { name, text: await blob!.text() };
}

/** Fills the form with an example record, through its fields and Add buttons. */
async function fillExample(composer: MsComposer): Promise<void> {
  const form = formOf(composer);
  await fillField(form, 'id', 'example-clinic-2026');
  await fillField(form, 'citation.title', 'An example trial of nothing in particular');
  await addItem(form, 'citation.authors');
  await fillField(form, 'citation.authors.0', 'Example A');
  await fillField(form, 'citation.year', '2026');
  await fillField(form, 'design.type', 'interventional');
  await fillField(form, 'design.phase', '2');
  await fillField(form, 'design.allocation', 'randomised');
  await fillField(form, 'design.control', 'placebo');
  await fillField(form, 'design.masking', 'double-blind');
  await addItem(form, 'population.conditions');
  await fillField(form, 'population.conditions.0.condition', 'ms-relapsing-remitting');
  await fillField(form, 'intervention.product', 'Example product');
  await addItem(form, 'intervention.routes');
  await fillField(form, 'intervention.routes.0', 'intravenous');
  await addItem(form, 'regulatory');
  await fillField(form, 'regulatory.0.jurisdiction', 'US');
  await fillField(form, 'regulatory.0.status', 'investigational');
  await fillField(form, 'lastReviewed', '2026-11-01');
  await composer.updateComplete;
}

describe('study form', () => {
  afterEach(() => localStorage.clear());

  it('is generated from the schema: every field, required ones marked, vocabularies as selects, "Not reported" when empty', async () => {
    const composer = await freshComposer();
    const form = formOf(composer);
    const root = form.shadowRoot!;
    // Every top-level field of the schema has a control or a group.
    for (const entry of (walk(StudySchema) as Extract<ReturnType<typeof walk>, { kind: 'object' }>).entries) {
      expect(root.querySelector(`#field-${entry.key}`), entry.key).to.exist;
    }
    const label = (id: string) => root.querySelector(`label[for="field-${id}"]`)!.textContent!.replace(/\s+/g, ' ').trim();
    expect(label('id')).to.equal('ID (required)');
    expect(label('funding')).to.equal('Funding');
    const control = root.querySelector<HTMLSelectElement>('#field-design-control')!;
    expect(control.localName).to.equal('select');
    expect([...control.options].map((o) => o.value)).to.deep.equal(['', 'placebo', 'active', 'usual-care', 'none', 'not-reported']);
    expect(control.getAttribute('aria-required')).to.equal('true');
    expect(root.querySelector<HTMLInputElement>('#field-funding')!.placeholder).to.equal('Not reported');
    expect(root.querySelector('#field-citation-pmid-hint')!.textContent).to.include('Must be a PubMed id (digits only).');
  });

  it('validates live with the paths and words of validate-data', async () => {
    const composer = await freshComposer();
    const form = formOf(composer);
    await fillField(form, 'citation.pmid', 'PMID 123');
    const errors = form.shadowRoot!.querySelector('#field-citation-pmid-errors');
    expect(errors?.textContent?.trim()).to.equal('must be a PubMed id (digits only)');
    expect(form.shadowRoot!.querySelector('#field-citation-pmid')!.getAttribute('aria-invalid')).to.equal('true');
    const all = [...form.shadowRoot!.querySelectorAll('.all-problems li')].map((li) => li.textContent!.trim());
    expect(all).to.include('study "study", citation.pmid: must be a PubMed id (digits only)');
    expect(all).to.include('study "study", id: is required');
  });

  it('exports a record that `npm run validate-data` accepts', async () => {
    const composer = await freshComposer();
    await fillExample(composer);
    const form = formOf(composer);
    expect(form.shadowRoot!.querySelector('.status')!.textContent).to.include('This record is valid.');
    const file = await download(() => button(composer.shadowRoot!, 'Export JSON').click());
    expect(file.name).to.equal('example-clinic-2026.json');
    const run = await executeServerCommand<Run, { files: Record<string, string> }>('validate-data', { files: { [file.name]: file.text } });
    expect(run.stderr).to.equal('');
    expect(run.stdout.trim()).to.equal('example-clinic-2026.json: 1 studies, 0 treatments: valid');
    expect(run.code).to.equal(0);
  });

  it('shows the claim guardrail, in the words validate-data uses', async () => {
    const composer = await freshComposer();
    await fillExample(composer);
    const form = formOf(composer);
    await fillField(form, 'conclusion', 'This therapy cures MS.');
    const expected = 'study "example-clinic-2026", conclusion: claims a cure ("cures") for a therapy that is not approved';
    const alert = form.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.textContent!.replace(/\s+/g, ' ')).to.include(expected);
    expect(form.shadowRoot!.querySelector('#field-conclusion-errors')!.textContent!.trim()).to.equal(
      'Claim: claims a cure ("cures") for a therapy that is not approved',
    );
    // The command line says the same of the exported file.
    const file = await download(() => button(composer.shadowRoot!, 'Export JSON').click());
    const run = await executeServerCommand<Run, { files: Record<string, string> }>('validate-data', { files: { [file.name]: file.text } });
    expect(run.code).to.equal(1);
    expect(run.stderr).to.include(`example-clinic-2026.json: ${expected}`);
    // A negated claim is fine.
    await fillField(form, 'conclusion', 'There is no cure for MS.');
    expect(form.shadowRoot!.querySelector('[role="alert"]')).to.be.null;
  });

  it('shows the claim guardrail as soon as the words are typed, before the record is complete', async () => {
    const composer = await freshComposer();
    const form = formOf(composer);
    await fillField(form, 'id', 'half-written');
    await fillField(form, 'conclusion', 'Our stem cells reverse MS and are FDA-approved.');
    const alert = form.shadowRoot!.querySelector('[role="alert"]')!;
    const lines = [...alert.querySelectorAll('li')].map((li) => li.textContent!.trim());
    expect(lines).to.deep.equal([
      'study "half-written", conclusion: claims reversal of the disease or its damage ("reverse") for a therapy that is not approved',
      'study "half-written", conclusion: claims regulatory approval ("FDA-approved") for a therapy that is not approved',
    ]);
    expect(form.shadowRoot!.querySelector('.status')!.textContent).to.match(/problems to fix/);
    // Only the draft's own fields are reported, never the stand-in record's.
    expect(form.problems.every((p) => p.record === 'half-written')).to.be.true;
  });

  it('saves a valid study to the clinic’s records, where the search finds it, and imports a JSON file to edit', async () => {
    const composer = await freshComposer();
    await fillExample(composer);
    button(composer.shadowRoot!, 'Save to your studies').click();
    await composer.updateComplete;
    expect(composer.state.clinic.studies).to.have.length(1);
    const search = $<HTMLInputElement>(composer, '#search');
    search.value = 'nothing in particular';
    search.dispatchEvent(new Event('input'));
    await composer.updateComplete;
    const results = [...composer.shadowRoot!.querySelectorAll('.results li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    expect(results[0]).to.match(/^Example 2026: An example trial of nothing in particular Your study Add card/);
    // As a card: inline JSON in plain HTML; from the data file in WordPress, where inline data breaks.
    button(composer.shadowRoot!, 'Add card: An example trial').click();
    await composer.updateComplete;
    const markup = () => $<HTMLTextAreaElement>(composer, '#element-markup').value;
    expect(markup()).to.match(/^<ms-study-card compact><script type="application\/json">\{"id":"example-clinic-2026",/);
    $<HTMLInputElement>(composer, 'input[name="platform"][value="wordpress"]').click();
    await composer.updateComplete;
    expect(markup()).to.equal(
      '<ms-study-card src="/assets/ms-evidence-elements/clinic-studies.json" study-id="example-clinic-2026" compact></ms-study-card>',
    );
    // The data file that address names: valid for validate-data.
    const file = await download(() => button(composer.shadowRoot!, 'Download your data file').click());
    expect(file.name).to.equal('clinic-studies.json');
    const run = await executeServerCommand<Run, { files: Record<string, string> }>('validate-data', { files: { [file.name]: file.text } });
    expect(run.stdout.trim()).to.equal('clinic-studies.json: 1 studies, 0 treatments: valid');

    // Import: the file's record opens in the form.
    const input = $<HTMLInputElement>(composer, 'input[type="file"]');
    const data = new DataTransfer();
    data.items.add(
      new File([JSON.stringify({ id: 'imported-study', citation: { title: 'Imported' } })], 'imported.json', { type: 'application/json' }),
    );
    input.files = data.files;
    input.dispatchEvent(new Event('change'));
    await waitUntil(() => (formOf(composer).value as { id?: string }).id === 'imported-study');
    await formOf(composer).updateComplete;
    expect(formOf(composer).shadowRoot!.querySelector<HTMLInputElement>('#field-citation-title')!.value).to.equal('Imported');
  });
});
