// "Start from a PMID, DOI or NCT id": the composer's study form runs the import of
// `npx ms-evidence import` (src/import) in the browser. The three registries' real addresses are
// answered from the fixtures in tests/fixtures/registries (see the README there) by a stubbed
// fetch: no request leaves the machine, and one to any other host fails the test.
import { expect, waitUntil } from '@open-wc/testing';
import type { MsComposer } from '../../composer/src/composer-app.js';
import type { MsStudyImport } from '../../composer/src/study-import.js';
import { importErrorSentence } from '../../composer/src/study-import.js';
import { RegistryClient, RegistryError } from '../../src/import/client.js';
import { importStudy } from '../../src/import/draft.js';
import { $, button, formOf, freshComposer, setValue, squash } from './helpers.js';

const FIXTURES = '/tests/fixtures/registries';
const realFetch = window.fetch.bind(window);

const EMPTY_SEARCH = (term: string) =>
  JSON.stringify({
    header: { type: 'esearch', version: '0.3' },
    esearchresult: { count: '0', retmax: '0', retstart: '0', idlist: [], querytranslation: term },
  });
const EMPTY_EFETCH = '<?xml version="1.0" ?>\n<PubmedArticleSet></PubmedArticleSet>\n';

/** Every URL the page asked for, and the replies it got: the real hosts, answered from the fixtures. */
const asked: string[] = [];
async function fixtureFile(path: string): Promise<string | undefined> {
  const response = await realFetch(`${FIXTURES}/${path.split('/').map(encodeURIComponent).join('/')}`);
  return response.ok ? response.text() : undefined;
}
const reply = (body: string, status = 200, type = 'application/json') => new Response(body, { status, headers: { 'content-type': type } });

/** A fetch that answers PubMed, Crossref and ClinicalTrials.gov from the fixtures, as their documented replies. */
async function registriesFromFixtures(input: RequestInfo | URL): Promise<Response> {
  const url = new URL(String(input instanceof Request ? input.url : input));
  asked.push(url.href);
  if (url.origin === 'https://eutils.ncbi.nlm.nih.gov' && url.pathname === '/entrez/eutils/efetch.fcgi') {
    const xml = await fixtureFile(`pubmed/efetch-${url.searchParams.get('id')}.xml`);
    return reply(xml ?? EMPTY_EFETCH, 200, 'text/xml');
  }
  if (url.origin === 'https://eutils.ncbi.nlm.nih.gov' && url.pathname === '/entrez/eutils/esearch.fcgi') {
    const term = url.searchParams.get('term') ?? '';
    const json = await fixtureFile(`pubmed/esearch-${encodeURIComponent(term.replace(/\[doi\]$/, '').toLowerCase())}.json`);
    return reply(json ?? EMPTY_SEARCH(term));
  }
  const work = /^\/works\/(.+)$/.exec(url.pathname);
  if (url.origin === 'https://api.crossref.org' && work) {
    const doi = decodeURIComponent(work[1]!).toLowerCase();
    const json = await fixtureFile(`crossref/${encodeURIComponent(doi).replace(/%28/g, '(').replace(/%29/g, ')')}.json`);
    return json ? reply(json) : reply('Resource not found.', 404, 'text/plain');
  }
  const study = /^\/api\/v2\/studies\/([^/]+)$/.exec(url.pathname);
  if (url.origin === 'https://clinicaltrials.gov' && study) {
    const json = await fixtureFile(`clinicaltrials-gov/${study[1]}.json`);
    return json ? reply(json) : reply('{"message":"Study not found"}', 404);
  }
  throw new Error(`the test allows no request to ${url.href}`);
}

const importer = (c: MsComposer): MsStudyImport => $<MsStudyImport>(c, 'ms-study-import');

/** Types an identifier and presses Import, as a person would; waits for the lookup to end. */
async function importId(c: MsComposer, id: string): Promise<MsStudyImport> {
  const el = importer(c);
  await setValue(el.shadowRoot!.querySelector<HTMLInputElement>('#import-id')!, id, el);
  button(el.shadowRoot!, 'Import').click();
  await el.updateComplete;
  await waitUntil(() => !el.shadowRoot!.querySelector('button[disabled]'), 'the import did not finish', { timeout: 8000 });
  await el.updateComplete;
  await c.updateComplete;
  await formOf(c).updateComplete;
  return el;
}

const fieldValue = (c: MsComposer, path: string) =>
  formOf(c).shadowRoot!.querySelector<HTMLInputElement | HTMLSelectElement>(`#field-${path.replace(/\./g, '-')}`)!.value;
const fromText = (c: MsComposer, path: string) => squash(formOf(c).shadowRoot!.querySelector(`#field-${path.replace(/\./g, '-')}-from`));
const todos = (el: MsStudyImport) => [...el.shadowRoot!.querySelectorAll('.todos li')].map(squash);

describe('study form: start from a PMID, DOI or NCT id', () => {
  beforeEach(() => {
    asked.length = 0;
    window.fetch = registriesFromFixtures as typeof fetch;
  });
  afterEach(() => {
    window.fetch = realFetch;
    localStorage.clear();
  });

  it('imports Riordan 2018 by DOI: the citation, design and enrolment in the form, each marked with its source, and the to-do list', async function () {
    this.timeout(90_000);
    const c = await freshComposer();
    const el = await importId(c, 'https://doi.org/10.1186/s12967-018-1433-7');
    // The real services' addresses were asked, and nothing else.
    expect(asked.map((u) => new URL(u).host)).to.deep.equal(['api.crossref.org', 'eutils.ncbi.nlm.nih.gov', 'clinicaltrials.gov']);

    const heading = squash(el.shadowRoot!.querySelector('#import-result-heading'));
    expect(heading).to.equal('Imported “riordan-2018” from Crossref (10.1186/s12967-018-1433-7), ClinicalTrials.gov (NCT02034188)');
    expect(el.shadowRoot!.activeElement?.id).to.equal('import-result-heading');

    // Citation facts, as data/studies.json has them.
    expect(fieldValue(c, 'id')).to.equal('riordan-2018');
    expect(fieldValue(c, 'citation.title')).to.equal(
      'Clinical feasibility of umbilical cord tissue-derived mesenchymal stem cells in the treatment of multiple sclerosis',
    );
    expect(fieldValue(c, 'citation.authors.0')).to.equal('Riordan NH');
    expect(fieldValue(c, 'citation.authors.11')).to.equal('Paz Rodríguez J');
    expect(fieldValue(c, 'citation.journal')).to.equal('Journal of Translational Medicine');
    expect(fieldValue(c, 'citation.year')).to.equal('2018');
    expect(fieldValue(c, 'citation.doi')).to.equal('10.1186/s12967-018-1433-7');
    expect(fieldValue(c, 'citation.registrations.0.id')).to.equal('NCT02034188');
    expect(fieldValue(c, 'citation.notices.0.kind')).to.equal('correction');
    expect(fieldValue(c, 'citation.notices.0.date')).to.equal('2021-05-10');
    // Design and enrolment from the registry.
    expect(fieldValue(c, 'design.type')).to.equal('interventional');
    expect(fieldValue(c, 'design.phase')).to.equal('1/2');
    expect(fieldValue(c, 'design.allocation')).to.equal('single-group');
    expect(fieldValue(c, 'design.control')).to.equal('none');
    expect(fieldValue(c, 'design.masking')).to.equal('open-label');
    expect(fieldValue(c, 'population.enrolled')).to.equal('20');

    // Marked with where each came from, under the field and read with it.
    expect(fromText(c, 'citation.title')).to.equal('Imported from Crossref 10.1186/s12967-018-1433-7.');
    expect(fromText(c, 'design.phase')).to.equal('Imported from ClinicalTrials.gov NCT02034188.');
    expect(fromText(c, 'population.enrolled')).to.equal('Imported from ClinicalTrials.gov NCT02034188.');
    expect(fromText(c, 'citation.authors')).to.equal('Imported from Crossref 10.1186/s12967-018-1433-7.');
    const enrolled = formOf(c).shadowRoot!.querySelector('#field-population-enrolled')!;
    expect(enrolled.getAttribute('aria-describedby')).to.include('field-population-enrolled-from');
    // ...and in the record's own verification fields, which the form shows too.
    expect(fieldValue(c, 'verification.importedFrom.0.source')).to.equal('crossref');
    expect(fieldValue(c, 'verification.importedFrom.1.source')).to.equal('clinicaltrials-gov');

    // The to-dos the command line prints, word for word: the same import, run here directly.
    const list = todos(el);
    const cli = await importStudy(new RegistryClient({ retries: 0 }), '10.1186/s12967-018-1433-7', { skipUnreachable: true });
    expect(list).to.deep.equal(cli.todos);
    expect(list.some((t) => t.startsWith('outcomes: '))).to.be.true;
    expect(list).to.include('regulatory: give the intervention’s regulatory status for MS in each jurisdiction the page serves');
    // What validate-data would still refuse is shown by the form at once.
    expect(squash(formOf(c).shadowRoot!.querySelector('.status'))).to.match(/problems? to fix before this record is valid/);
    expect(squash($(c, '[role="status"][aria-live]'))).to.match(
      /^Imported riordan-2018 into the form: \d+ things left for a person to do\.$/,
    );

    await expect(c).to.be.accessible();
  });

  it('imports by NCT id too: the registered design and enrolment, and asks for the publication', async () => {
    const c = await freshComposer();
    const el = await importId(c, 'NCT02034188');
    expect(fieldValue(c, 'design.allocation')).to.equal('single-group');
    expect(fieldValue(c, 'population.enrolled')).to.equal('20');
    expect(todos(el)).to.include('citation: the registry lists no result publication; import its PMID or DOI when there is one');
  });

  it('says in one plain sentence when an identifier does not exist, and leaves the form alone', async function () {
    this.timeout(60_000);
    const c = await freshComposer();
    const el = await importId(c, 'PMID 99999999');
    const error = el.shadowRoot!.querySelector('#import-error')!;
    expect(error.getAttribute('role')).to.equal('alert');
    expect(squash(error)).to.equal('PMID 99999999 does not exist in PubMed (check the identifier).');
    expect(el.shadowRoot!.querySelector('#import-id')!.getAttribute('aria-invalid')).to.equal('true');
    expect(el.shadowRoot!.querySelector('.todos')).to.be.null;
    expect(fieldValue(c, 'id')).to.equal('');
    await expect(el).to.be.accessible();
  });

  it('goes on without a registry the page cannot reach, and names it in the to-do list', async () => {
    // What Chromium's fetch does when a service is down or refuses a web page's request (CORS).
    window.fetch = ((input: RequestInfo | URL) =>
      String(input).startsWith('https://clinicaltrials.gov/')
        ? Promise.reject(new TypeError('Failed to fetch'))
        : registriesFromFixtures(input)) as typeof fetch;
    const c = await freshComposer();
    const el = await importId(c, '10.1186/s12967-018-1433-7');
    expect(el.shadowRoot!.querySelector('#import-error')).to.be.null;
    expect(fieldValue(c, 'citation.journal')).to.equal('Journal of Translational Medicine');
    expect(fieldValue(c, 'design.phase')).to.equal('');
    expect(todos(el)[0]).to.equal(
      'ClinicalTrials.gov could not be reached from here, so nothing from its record of NCT02034188 is in this draft; fill those fields from the record, or run `npx ms-evidence import` where the network allows it',
    );
  });

  it('asks before replacing a study already in the form, and keeps it when told to', async () => {
    const c = await freshComposer();
    await setValue(formOf(c).shadowRoot!.querySelector<HTMLInputElement>('#field-id')!, 'my-own-study', formOf(c));
    await c.updateComplete;
    let asked = 0;
    importer(c).confirmReplace = () => (asked++, false);
    await importId(c, 'NCT02034188');
    expect(asked).to.equal(1);
    expect(fieldValue(c, 'id')).to.equal('my-own-study');
    importer(c).confirmReplace = () => true;
    await importId(c, 'NCT02034188');
    expect(fieldValue(c, 'id')).to.not.equal('my-own-study');
  });

  it('keeps a hostile reply as text', async () => {
    const c = await freshComposer();
    await importId(c, '10.5555/injection');
    const form = formOf(c).shadowRoot!;
    expect(form.querySelector('script, img, iframe')).to.be.null;
    expect(fieldValue(c, 'citation.title')).to.match(/<script|<img/i);
  });

  it('words offline, rate limits and blocked requests as one sentence', () => {
    const offline = new RegistryError(
      'offline',
      'Cannot reach ClinicalTrials.gov (clinicaltrials.gov): no network connection? (Failed to fetch)',
      'clinicaltrials-gov',
    );
    expect(importErrorSentence(offline, 'NCT02034188')).to.equal(
      'Could not reach ClinicalTrials.gov from this page: you may be offline, or ClinicalTrials.gov refused a request from a web page; try again later, or run npx ms-evidence import NCT02034188 on a computer.',
    );
    expect(importErrorSentence(undefined, 'x', false)).to.equal(
      'You are offline: importing needs the network to reach PubMed, Crossref and ClinicalTrials.gov.',
    );
    const limited = new RegistryError('rate-limited', 'PubMed still answered 429 Too Many Requests after 3 attempts; try later', 'pubmed');
    expect(importErrorSentence(limited, '1')).to.equal('PubMed still answered 429 Too Many Requests after 3 attempts; try later.');
  });
});
