import { expect, fixture, fixtureSync, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/ms-study-card.js';
import '../src/ms-evidence-provider.js';
import type { MsStudyCard } from '../src/ms-study-card.js';
import type { Study } from '../src/model/schema.js';
import studiesFile from '../data/studies.json';
import { minimalStudy, randomisedTrial, variant } from './fixtures/records.js';
import { captureWarnings, part, root, seen } from './helpers.js';

const seed = studiesFile.studies as unknown as Study[];
const lu = () => structuredClone(seed.find((s) => s.id === 'lu-2020')!);
const riordan = () => structuredClone(seed.find((s) => s.id === 'riordan-2018')!);
const jamali = () => structuredClone(seed.find((s) => s.id === 'jamali-2024')!);

/** The problem state's text with its editors' details opened. */
const withDetails = (el: MsStudyCard) => {
  root(el)
    .querySelectorAll('details')
    .forEach((d) => (d.open = true));
  return seen(part(el, 'base'));
};
const links = (el: MsStudyCard) =>
  [...root(el).querySelectorAll<HTMLAnchorElement>('[part~="links"] a')].map((a) => ({
    name: a.getAttribute('aria-label'),
    href: a.href,
    text: a.textContent?.trim(),
  }));

const warnings = captureWarnings();

describe('<ms-study-card> full rendering', () => {
  let el: MsStudyCard;
  beforeEach(async () => {
    el = await fixture(html`<ms-study-card open .study=${lu()}></ms-study-card>`);
  });

  it('shows the title as a level-3 heading naming the article', () => {
    const h = root(el).querySelector('h3#title');
    expect(h?.textContent).to.equal('IV/IT hUC-MSCs Infusion in RRMS and NMO: A 10-Year Follow-Up Study');
    expect(part(el, 'base')?.getAttribute('aria-labelledby')).to.equal('title');
    expect(root(el).querySelectorAll('h4').length).to.be.greaterThan(4);
  });

  it('shows the first three authors, then et al., with the full list in the details', () => {
    expect(seen(part(el, 'citation'))).to.equal('Lu Z, Zhu L, Liu Z, et al. Frontiers in Neurology. 2020;11:967');
    expect(seen(part(el, 'about'))).to.contain('All 6 authors Lu Z, Zhu L, Liu Z, Wu J, Xu Y, Zhang C-J');
  });

  it('links to PubMed, DOI and PMC from identifiers, each with an accessible name', () => {
    const title = 'IV/IT hUC-MSCs Infusion in RRMS and NMO: A 10-Year Follow-Up Study';
    expect(links(el)).to.deep.equal([
      { name: `PubMed PMID 33013641: ${title}`, href: 'https://pubmed.ncbi.nlm.nih.gov/33013641/', text: 'PubMed PMID 33013641' },
      {
        name: `DOI 10.3389/fneur.2020.00967: ${title}`,
        href: 'https://doi.org/10.3389/fneur.2020.00967',
        text: 'DOI 10.3389/fneur.2020.00967',
      },
      {
        name: `Free full text (PubMed Central) PMC7506071: ${title}`,
        href: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC7506071/',
        text: 'Free full text (PubMed Central) PMC7506071',
      },
    ]);
  });

  it('shows the design at a glance, with no control group and the conditions counted', () => {
    const design = seen(part(el, 'design'));
    expect(design).to.contain('Long-term follow-up study · Phase not reported · Single group (not randomised)');
    expect(design).to.contain('Control No control group');
    expect(design).to.contain('Participants 10 people: 5 with relapsing-remitting MS, 5 with neuromyelitis optica');
    expect(design).to.contain('from a donor (allogeneic)');
    expect(design).to.contain('intravenous (into a vein) and intrathecal (into the spinal fluid)');
    expect(design).to.contain('4 intravenous and 3 intrathecal infusions over 21 days');
    expect(design).to.contain('Follow-up 10 years');
    // "No control group" is said once, not again as "Compared with: nothing".
    expect(design).not.to.contain('Compared with');
    expect(design).to.contain('Low dose (cells per kilogram not given in the abstract)');
  });

  it("shows the authors' conclusion and the limitations", () => {
    const text = seen(root(el).querySelector('[part~="body"]'));
    expect(text).to.contain('Safe and feasible in the long term; the conclusion needs confirmation in larger trials.');
    expect(text).to.contain('The abstract reports no figures for disability, relapses or MRI, so benefit cannot be judged from it.');
  });

  it('shows the certainty badge in words, with reasons and what the study can and cannot show', () => {
    expect(seen(part(el, 'certainty'))).to.equal('Very low certainty, mainly because there was no control group to compare with.');
    const reasons = seen(part(el, 'reasons'));
    expect(reasons).to.contain('No control group: changes cannot be separated');
    expect(reasons).to.contain('Not everyone had MS: only 5 of 10 participants did.');
    expect(reasons).to.contain('it cannot show that the treatment caused any improvement');
  });

  it('always shows the regulatory status of an unapproved therapy, outside any toggle', () => {
    const label = part(el, 'regulatory')!;
    expect(seen(label)).to.equal('⚠ Regulatory status: Investigational — not FDA-approved for MS');
    expect(label.closest('#details')).to.be.null;
    expect(label.closest('[part~="summary"]')).to.exist;
  });

  it('shows "Not reported" for missing facts instead of dropping them', () => {
    expect(seen(part(el, 'outcomes'))).to.contain('Disability, relapses and MRI activity');
    expect(seen(part(el, 'outcomes'))).to.contain('Disability, relapses and MRI activity: Not reported');
    expect(seen(part(el, 'safety'))).to.contain('Not reported: serious adverse events, deaths, common events');
    expect(seen(part(el, 'about'))).to.contain('Not reported: funding, sponsor, conflicts of interest');
  });

  it('collapses the facts a section lacks into one "Not reported" line', () => {
    for (const name of ['design', 'outcomes', 'safety', 'about']) {
      expect(part(el, name)!.querySelectorAll('.not-reported').length, name).to.equal(1);
    }
  });

  it('shows verification and the last review', () => {
    expect(seen(part(el, 'about'))).to.contain('Checked against the abstract and the publisher’s page.');
    expect(seen(part(el, 'footer'))).to.contain('Study record checked November 28, 2026.');
    expect(part(el, 'stale')).to.be.null;
  });

  it('is accessible', async () => {
    await expect(el).to.be.accessible();
  });
});

describe('<ms-study-card> content', () => {
  it('lists the primary outcome first, with time point, result, direction and statistics', async () => {
    const study = variant(randomisedTrial(), (s) => s.outcomes.reverse()) as Study;
    const el = await fixture<MsStudyCard>(html`<ms-study-card open .study=${study}></ms-study-card>`);
    const items = [...root(el).querySelectorAll('.outcome')].map((o) => seen(o as HTMLElement));
    expect(items[0]).to.equal('Annualised relapse rate Primary outcome: 0.20 vs 0.40 with placebo (rate ratio 0.50; p < 0.001)');
    expect(seen(part(el, 'outcomes'))).to.contain('When: 2 years');
    expect(items[1]).to.contain('Secondary outcome');
  });

  it('shows safety counts, deaths and common events', async () => {
    const el = await fixture<MsStudyCard>(html`<ms-study-card open .study=${randomisedTrial()}></ms-study-card>`);
    expect(seen(part(el, 'safety'))).to.equal('Safety Serious adverse events 31 Deaths 1 Common events Headache, Nausea');
    const r = await fixture<MsStudyCard>(html`<ms-study-card open .study=${riordan()}></ms-study-card>`);
    expect(seen(part(r, 'safety'))).to.contain(
      'Serious adverse events None reported among 20 people: that cannot rule out serious harms in up to about 3 in 20 people treated (15%).',
    );
  });

  it('shows funding, registration and a correction notice', async () => {
    const el = await fixture<MsStudyCard>(html`<ms-study-card open .study=${riordan()}></ms-study-card>`);
    expect(seen(part(el, 'about'))).to.contain('Funding Industry: Translational Biosciences');
    expect(seen(part(el, 'about'))).to.contain('NCT02034188 (Registered after enrolment had begun)');
    // The note gives the date: it is not repeated beside it in another format.
    expect(seen(part(el, 'notices'))).to.equal('Correction: A correction to this article was published on 10 May 2021.');
    expect(links(el).map((l) => l.text)).to.deep.equal(['DOI 10.1186/s12967-018-1433-7', 'ClinicalTrials.gov NCT02034188']);
    expect(links(el)[1]!.href).to.equal('https://clinicaltrials.gov/study/NCT02034188');
    await expect(el).to.be.accessible();
  });

  it('marks a retraction at the top', async () => {
    const study = variant(minimalStudy(), (s) => (s.citation.notices = [{ kind: 'retraction', date: '2023-01-05' }])) as Study;
    const el = await fixture<MsStudyCard>(html`<ms-study-card .study=${study}></ms-study-card>`);
    expect(seen(part(el, 'notices'))).to.equal(
      'Retracted (January 5, 2023): This publication was retracted. Its findings should not be relied on.',
    );
    expect(part(el, 'notices')!.closest('[part~="header"]')).to.exist;
  });

  it('marks facts not yet verified, and says so', async () => {
    const study = structuredClone(seed.find((s) => s.id === 'jamali-2024')!);
    const el = await fixture<MsStudyCard>(html`<ms-study-card open .study=${study}></ms-study-card>`);
    expect(seen(part(el, 'citation'))).to.contain('Cell Transplantation. 2024 Not verified');
    expect(seen(part(el, 'design'))).to.match(/Participants 33 people: 33 with MS \(form not reported\) Not verified/);
    expect(root(el).querySelectorAll('.outcome .tag').length).to.equal(2);
    expect(seen(part(el, 'links'))).to.equal('PubMed PMID 38450623 Not verified');
    expect(seen(part(el, 'about'))).to.contain('Details marked “Not verified” come from a secondary source and are not yet checked.');
    expect(seen(part(el, 'reasons'))).to.contain('Some key facts have not yet been checked against the publication.');
    await expect(el).to.be.accessible();
  });

  it('says when a study is not verified at all', async () => {
    const study = variant(minimalStudy(), (s) => (s.verification = { checkedAgainst: [] })) as Study;
    const el = await fixture<MsStudyCard>(html`<ms-study-card open .study=${study}></ms-study-card>`);
    expect(seen(root(el).querySelector('.verification'))).to.equal('⚠ Not yet verified against the publication.');
  });

  it('shows a stale notice past the review date', async () => {
    const study = variant(minimalStudy(), (s) => {
      s.lastReviewed = '2020-01-01';
      s.reviewDue = '2021-01-01';
    }) as Study;
    const el = await fixture<MsStudyCard>(html`<ms-study-card .study=${study}></ms-study-card>`);
    expect(seen(part(el, 'stale'))).to.equal('Review overdue: this summary was due for review on January 1, 2021 and may be out of date.');
    await expect(el).to.be.accessible();
  });

  it('labels an approved medicine as approved, with its year', async () => {
    const el = await fixture<MsStudyCard>(html`<ms-study-card .study=${randomisedTrial()}></ms-study-card>`);
    expect(seen(part(el, 'regulatory'))).to.equal('Regulatory status: FDA-approved for relapsing forms of MS (since 2020)');
    expect(seen(part(el, 'certainty'))).to.equal('High certainty, mainly because it compared randomly assigned groups.');
  });

  it('uses the heading level given, and the next level for sections', async () => {
    const el = await fixture<MsStudyCard>(html`<ms-study-card heading-level="2" .study=${lu()}></ms-study-card>`);
    expect(root(el).querySelector('h2#title')).to.exist;
    expect(part(el, 'design')!.firstElementChild!.tagName).to.equal('H3');
    expect(part(el, 'summary')!.firstElementChild!.tagName).to.equal('H3');
    const bad = await fixture<MsStudyCard>(html`<ms-study-card heading-level="banana" .study=${lu()}></ms-study-card>`);
    expect(root(bad).querySelector('h3#title')).to.exist;
  });

  it('renders hostile strings as text, never as markup', async () => {
    const payload = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
    const study = variant(minimalStudy(), (s) => {
      s.citation.title = payload;
      s.conclusion = payload;
      s.outcomes[0].result = payload;
    }) as Study;
    const el = await fixture<MsStudyCard>(html`<ms-study-card .study=${study}></ms-study-card>`);
    expect(root(el).querySelector('img, script')).to.be.null;
    expect(root(el).querySelector('#title')!.textContent).to.equal(payload);
    expect((window as { __pwned?: number }).__pwned).to.be.undefined;
  });
});

describe('<ms-study-card> compact', () => {
  it('shows title, citation, the key messages in three lines and a disclosure for the rest', async () => {
    const el = await fixture<MsStudyCard>(html`<ms-study-card compact .study=${riordan()}></ms-study-card>`);
    expect(seen(part(el, 'summary'))).to.equal(
      'In short ⚠ Regulatory status: Investigational — not FDA-approved for MS Very low certainty, mainly because there was no control group to compare with. Tested in 20 people with MS (form not reported). Disability (EDSS): improved. No serious adverse events reported among 20 people. Common: headache and fatigue.',
    );
    expect(seen(part(el, 'regulatory'))).to.contain('Investigational — not FDA-approved for MS');
    expect(part(el, 'body')!.checkVisibility()).to.be.false;
    const button = part(el, 'toggle') as HTMLButtonElement;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(button.getAttribute('aria-controls')).to.equal('details');
    expect(button.textContent!.trim()).to.equal('Show study details');
    await expect(el).to.be.accessible();
  });

  it('opens and closes with the keyboard and fires ms-toggle', async () => {
    const el = await fixture<MsStudyCard>(html`<ms-study-card compact .study=${riordan()}></ms-study-card>`);
    const button = part(el, 'toggle') as HTMLButtonElement;
    button.focus();
    let event = oneEvent(el, 'ms-toggle');
    await sendKeys({ press: 'Enter' });
    expect((await event).detail).to.deep.equal({ open: true });
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(part(el, 'body')!.checkVisibility()).to.be.true;
    expect(el.hasAttribute('open')).to.be.true;
    await expect(el).to.be.accessible();
    event = oneEvent(el, 'ms-toggle');
    await sendKeys({ press: 'Space' });
    expect((await event).detail).to.deep.equal({ open: false });
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
  });

  it('does not fire ms-toggle when the page sets open', async () => {
    const el = await fixture<MsStudyCard>(html`<ms-study-card compact .study=${riordan()}></ms-study-card>`);
    let fired = false;
    el.addEventListener('ms-toggle', () => (fired = true));
    el.open = true;
    await el.updateComplete;
    expect(part(el, 'body')!.checkVisibility()).to.be.true;
    expect(fired).to.be.false;
  });
});

describe('<ms-study-card> data routes', () => {
  const visible = async (el: MsStudyCard) => {
    await el.updateComplete;
    return seen(part(el, 'base'));
  };

  it('gives the same rendering by property, provider, bundled data, src and inline JSON', async () => {
    const byProperty = await fixture<MsStudyCard>(html`<ms-study-card .study=${riordan()}></ms-study-card>`);
    const expected = await visible(byProperty);
    expect(expected).to.contain('Clinical feasibility of umbilical cord tissue-derived');

    const provider = await fixture(
      html`<ms-evidence-provider .data=${{ studies: seed }}><ms-study-card study-id="riordan-2018"></ms-study-card></ms-evidence-provider>`,
    );
    expect(await visible(provider.querySelector('ms-study-card')!)).to.equal(expected);

    const bundled = await fixture<MsStudyCard>(html`<ms-study-card study-id="riordan-2018"></ms-study-card>`);
    expect(await visible(bundled)).to.equal(expected);

    const bySrc = await fixture<MsStudyCard>(html`<ms-study-card src="/test-api/study/riordan-2018"></ms-study-card>`);
    expect(await visible(bySrc)).to.equal(expected);

    const byDatasetSrc = await fixture<MsStudyCard>(html`<ms-study-card src="/data/studies.json" study-id="riordan-2018"></ms-study-card>`);
    expect(await visible(byDatasetSrc)).to.equal(expected);

    const holder = document.createElement('div');
    holder.innerHTML = `<ms-study-card><script type="application/json">${JSON.stringify(riordan())}</script></ms-study-card>`;
    const inline = await fixture<MsStudyCard>(holder.firstElementChild as HTMLElement);
    expect(await visible(inline)).to.equal(expected);

    const providerSrc = await fixture(
      html`<ms-evidence-provider src="/data/studies.json"><ms-study-card study-id="riordan-2018"></ms-study-card></ms-evidence-provider>`,
    );
    expect(await visible(providerSrc.querySelector('ms-study-card')!)).to.equal(expected);
  });

  it('reads inline JSON that arrives after the element is connected', async () => {
    const el = await fixture<MsStudyCard>(html`<ms-study-card></ms-study-card>`);
    expect(seen(part(el, 'base'))).to.contain('No study to show');
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(lu());
    el.append(script);
    await waitUntil(() => root(el).querySelector('#title'), 'inline JSON was not read');
    expect(root(el).querySelector('#title')!.textContent).to.contain('10-Year Follow-Up');
  });

  it('the property wins over the other routes', async () => {
    const el = await fixture<MsStudyCard>(
      html`<ms-study-card study-id="lu-2020" src="/test-api/study/lu-2020" .study=${riordan()}></ms-study-card>`,
    );
    expect(root(el).querySelector('#title')!.textContent).to.contain('Clinical feasibility');
  });

  it('fetches a shared src once for many cards', async () => {
    const url = `/test-api/study/lu-2020?shared=${crypto.randomUUID()}`;
    const holder = await fixture(html`<div>${[1, 2, 3, 4, 5].map(() => html`<ms-study-card src=${url}></ms-study-card>`)}</div>`);
    await Promise.all([...holder.querySelectorAll('ms-study-card')].map((c) => c.updateComplete));
    const counter = await (await fetch(`/test-api/count?path=${encodeURIComponent(url)}`)).json();
    expect(counter.count).to.equal(1);
  });
});

describe('<ms-study-card> states', () => {
  it('loading: a skeleton that reserves its size and says it is loading', async () => {
    const el = fixtureSync<MsStudyCard>(html`<ms-study-card src="/test-api/slow/lu-2020?ms=1500"></ms-study-card>`);
    await new Promise((r) => setTimeout(r, 100));
    const base = part(el, 'base')!;
    expect(base.getAttribute('aria-busy')).to.equal('true');
    expect(root(el).querySelector('[role="status"]')!.textContent).to.equal('Loading study…');
    expect(el.getBoundingClientRect().height).to.be.greaterThan(300);
    await expect(el).to.be.accessible();
    await el.updateComplete;
    expect(root(el).querySelector('#title')).to.exist;
  });

  it('not found: names the unknown id, and warns once', async () => {
    const el = await fixture<MsStudyCard>(html`<ms-study-card study-id="no-such-study"></ms-study-card>`);
    expect(seen(part(el, 'base'))).to.equal('Study not found There is no study with the id “no-such-study” in the data.');
    expect(warnings).to.deep.equal(['<ms-study-card> ms-not-found: "no-such-study": no record with this id in the data']);
    await expect(el).to.be.accessible();
  });

  it('invalid data: names the bad fields on the page and in one warning per field', async () => {
    const bad = variant(minimalStudy(), (s) => {
      s.design.control = 'placbo';
      s.population.enrolled = -3;
    });
    const el = await fixture<MsStudyCard>(html`<ms-study-card .study=${bad}></ms-study-card>`);
    // Readers see one plain sentence; the field paths are in a details element for editors.
    expect(seen(part(el, 'base'))).to.equal(
      'This study cannot be shown Its information is incomplete or inconsistent, and it is better left out than shown wrongly. Details for the page’s editors',
    );
    const text = withDetails(el);
    expect(text).to.contain('design.control: must be one of');
    expect(text).to.contain('population.enrolled: must not be negative');
    expect(warnings).to.have.length(2);
    expect(warnings[0]).to.match(/^<ms-study-card> ms-invalid-data: study "example-uncontrolled", design\.control: must be one of/);
    await el.requestUpdate();
    await el.updateComplete;
    expect(warnings).to.have.length(2);
    await expect(el).to.be.accessible();
  });

  it('invalid inline JSON: says so', async () => {
    const holder = document.createElement('div');
    holder.innerHTML = '<ms-study-card><script type="application/json">{"id": </script></ms-study-card>';
    const el = await fixture<MsStudyCard>(holder.firstElementChild as HTMLElement);
    expect(withDetails(el)).to.match(/This study cannot be shown .* inline JSON: is not valid JSON/);
  });

  it('a dataset src without study-id asks for one when it holds several studies', async () => {
    const el = await fixture<MsStudyCard>(html`<ms-study-card src="/data/studies.json"></ms-study-card>`);
    expect(withDetails(el)).to.contain('study-id: is needed to choose one of the 3 studies in this file');
  });

  it('no data at all: says what to set', async () => {
    const el = await fixture<MsStudyCard>(html`<ms-study-card></ms-study-card>`);
    expect(seen(part(el, 'base'))).to.equal(
      'No study to show This card was given no study. Set study-id, src, an inline JSON script, or the study property.',
    );
    expect(warnings[0]).to.contain('ms-no-data');
    await expect(el).to.be.accessible();
  });

  for (const [path, message] of [
    ['/test-api/status/404', 'The data file was not found (HTTP 404).'],
    ['/test-api/status/500', 'The server had a problem (HTTP 500).'],
    ['/test-api/html', 'The server did not send JSON data.'],
    ['/test-api/bad-json', 'The data file is not valid JSON.'],
  ]) {
    it(`network error (${path}): a message and Retry`, async () => {
      const el = await fixture<MsStudyCard>(html`<ms-study-card src=${path!}></ms-study-card>`);
      expect(seen(part(el, 'base'))).to.equal(`The study could not be loaded ${message} Retry`);
      expect(warnings[0]).to.contain('ms-load-error');
      await expect(el).to.be.accessible();
    });
  }

  it('Retry loads again and moves focus to the card', async () => {
    const el = await fixture<MsStudyCard>(html`<ms-study-card src="/test-api/flaky/${crypto.randomUUID()}?study=lu-2020"></ms-study-card>`);
    expect(seen(part(el, 'base'))).to.contain('(HTTP 503)');
    const retry = part(el, 'retry') as HTMLButtonElement;
    retry.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(root(el).querySelector('#title')!.textContent).to.contain('10-Year Follow-Up');
    expect(root(el).activeElement).to.equal(part(el, 'base'));
  });

  it('a late response never overwrites a newer src', async () => {
    const el = fixtureSync<MsStudyCard>(html`<ms-study-card src="/test-api/slow/riordan-2018?ms=800"></ms-study-card>`);
    await new Promise((r) => setTimeout(r, 50));
    el.src = '/test-api/study/lu-2020';
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 1000));
    await el.updateComplete;
    expect(root(el).querySelector('#title')!.textContent).to.contain('10-Year Follow-Up');
  });
});

describe('<ms-study-card> styling', () => {
  it('prints expanded, without buttons, with link targets written out', async () => {
    const { emulateMedia } = await import('@web/test-runner-commands');
    const el = await fixture<MsStudyCard>(html`<ms-study-card compact .study=${lu()}></ms-study-card>`);
    await emulateMedia({ media: 'print' });
    try {
      expect(part(el, 'body')!.checkVisibility()).to.be.true;
      expect(part(el, 'toggle')!.checkVisibility()).to.be.false;
      expect(part(el, 'footer')!.checkVisibility()).to.be.true;
      const after = getComputedStyle(root(el).querySelector('[part~="links"] a')!, '::after').content;
      expect(after).to.contain('https://pubmed.ncbi.nlm.nih.gov/33013641/');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('is themed by custom properties and ::part', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <style>
          .themed {
            --ms-study-card-background: rgb(1, 2, 3);
            --ms-color-text: rgb(250, 250, 250);
          }
          .themed::part(title) {
            letter-spacing: 3px;
          }
        </style>
        <ms-study-card class="themed" .study=${lu()}></ms-study-card>
      </div>`,
    );
    const el = wrapper.querySelector('ms-study-card')!;
    await el.updateComplete;
    expect(getComputedStyle(part(el, 'base')!).backgroundColor).to.equal('rgb(1, 2, 3)');
    expect(getComputedStyle(part(el, 'title')!).letterSpacing).to.equal('3px');
    expect(getComputedStyle(el).color).to.equal('rgb(250, 250, 250)');
  });

  it('sizes in em, following the host text size', async () => {
    const small = await fixture<MsStudyCard>(html`<ms-study-card style="font-size:10px" .study=${lu()}></ms-study-card>`);
    const large = await fixture<MsStudyCard>(html`<ms-study-card style="font-size:20px" .study=${lu()}></ms-study-card>`);
    const pad = (el: MsStudyCard) => parseFloat(getComputedStyle(part(el, 'base')!).paddingTop);
    expect(pad(large)).to.equal(pad(small) * 2);
  });
});

describe('<ms-study-card>: regressions found in review', () => {
  it('a study whose control group is not reported does not claim there was none', async () => {
    const el = await fixture<MsStudyCard>(html`<ms-study-card open .study=${jamali()}></ms-study-card>`);
    const reasons = seen(part(el, 'reasons'));
    expect(reasons).not.to.contain('no one was left untreated');
    expect(reasons).to.contain('whether anyone was compared with them is not reported');
  });

  it('page-only figures in the compact key messages are marked', async () => {
    const el = await fixture<MsStudyCard>(html`<ms-study-card compact .study=${jamali()}></ms-study-card>`);
    expect(seen(part(el, 'summary'))).to.contain('Tested in 33 people with MS (form not reported). Not verified');
    el.open = true;
    await el.updateComplete;
    expect(seen(part(el, 'about'))).to.contain('Partly checked against the publisher’s page.');
  });

  it('a lang written with an underscore (en_US) still renders', async () => {
    const wrapper = await fixture(html`<div lang="en_US"><ms-study-card study-id="lu-2020"></ms-study-card></div>`);
    const card = wrapper.querySelector('ms-study-card')!;
    await card.updateComplete;
    expect(seen(part(card, 'title'))).to.contain('10-Year Follow-Up');
  });

  it('removing a card while it loads does not fetch again', async () => {
    const url = `/test-api/slow/lu-2020?ms=300&id=${crypto.randomUUID()}`;
    const card = fixtureSync<MsStudyCard>(html`<ms-study-card src=${url}></ms-study-card>`);
    await new Promise((r) => setTimeout(r, 50));
    card.remove();
    await new Promise((r) => setTimeout(r, 600));
    const count = await (await fetch(`/test-api/count?path=${encodeURIComponent(url.replace(/^.*?\/test-api/, '/test-api'))}`)).json();
    expect(count.count).to.equal(1);
  });

  it('focus stays on the problem when Retry fails again', async () => {
    const el = await fixture<MsStudyCard>(html`<ms-study-card src="/test-api/status/500"></ms-study-card>`);
    (part(el, 'retry') as HTMLButtonElement).focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await waitUntil(() => el.shadowRoot!.activeElement !== null, 'focus was lost');
    expect(el.shadowRoot!.activeElement).to.equal(part(el, 'base'));
    expect(part(el, 'base')!.getAttribute('tabindex')).to.equal('-1');
  });

  it('a src that is not http(s) is invalid data naming src, not a network problem', async () => {
    const el = await fixture<MsStudyCard>(html`<ms-study-card src="javascript:alert(1)"></ms-study-card>`);
    part(el, 'base')!.querySelector('details')!.open = true;
    expect(seen(part(el, 'base'))).to.contain('src: must be an https (or same-site http) URL');
    expect(part(el, 'retry')).to.be.null;
  });

  it('inline JSON removed and added back with the same text is read again', async () => {
    const holder = document.createElement('div');
    holder.innerHTML = `<ms-study-card><script type="application/json">${JSON.stringify(minimalStudy())}</script></ms-study-card>`;
    const el = await fixture<MsStudyCard>(holder.firstElementChild as HTMLElement);
    const script = el.querySelector('script')!;
    script.remove();
    await waitUntil(() => seen(part(el, 'base')).includes('No study to show'));
    el.append(script);
    await waitUntil(() => part(el, 'title'), 'the script was not read again');
  });
});
