import { expect } from '@open-wc/testing';
import { dailymedLink, doiLink, pmcLink, pubmedLink, registryLink, safeHttpsUrl } from '../../src/model/identifiers.js';
import { citationLinks, isUnverified, sourceLinks } from '../../src/model/citation.js';
import { minimalStudy, randomisedTrial } from '../fixtures/records.js';

describe('links from identifiers', () => {
  it('builds PubMed, DOI, PMC, registry and DailyMed links', () => {
    expect(pubmedLink('33013641')?.href).to.equal('https://pubmed.ncbi.nlm.nih.gov/33013641/');
    expect(doiLink('10.3389/fneur.2020.00967')?.href).to.equal('https://doi.org/10.3389/fneur.2020.00967');
    expect(doiLink('10.1016/S1474-4422(21)00301-X')?.href).to.equal('https://doi.org/10.1016/S1474-4422(21)00301-X');
    expect(pmcLink('PMC7506071')?.href).to.equal('https://pmc.ncbi.nlm.nih.gov/articles/PMC7506071/');
    expect(registryLink('NCT02034188')?.href).to.equal('https://clinicaltrials.gov/study/NCT02034188');
    expect(registryLink('ISRCTN12345678')?.href).to.equal('https://www.isrctn.com/ISRCTN12345678');
    expect(dailymedLink('aa88f583-4f5f-433b-80b4-1f4c9fb28357')?.href).to.equal(
      'https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=aa88f583-4f5f-433b-80b4-1f4c9fb28357',
    );
  });

  it('builds no link from a malformed identifier', () => {
    const hostile = ['javascript:alert(1)', '" onmouseover="x', '12 34', '../../etc', 'NCT1234', '10.1/x', 'PMC', '<svg>'];
    for (const id of hostile) {
      expect([pubmedLink(id), doiLink(id), pmcLink(id), registryLink(id), dailymedLink(id)].filter(Boolean), id).to.be.empty;
    }
  });

  it('recognises registrations without a link (EudraCT)', () => {
    expect(registryLink('2015-001234-56')).to.be.undefined;
  });

  it('accepts only https URLs with a host and no credentials', () => {
    expect(safeHttpsUrl('https://www.fda.gov/page')).to.equal('https://www.fda.gov/page');
    for (const bad of [
      'http://www.fda.gov',
      'javascript:alert(1)',
      'data:text/html,x',
      'https://user:pw@example.com',
      '/relative',
      'vbscript:x',
      ' https://x.org',
    ]) {
      expect(safeHttpsUrl(bad), bad).to.equal(bad === ' https://x.org' ? 'https://x.org/' : undefined);
    }
  });

  it("lists a study's links in order: PubMed, DOI, PMC, registry", () => {
    expect(citationLinks(randomisedTrial().citation).map((l) => l.kind)).to.deep.equal(['pubmed', 'doi', 'pmc', 'registry']);
    expect(citationLinks(minimalStudy().citation)).to.be.empty;
  });

  it("lists a source's links, identifiers before its URL", () => {
    const links = sourceLinks({ id: 's', title: 'T', pmid: '1', url: 'https://example.org/a' });
    expect(links.map((l) => l.kind)).to.deep.equal(['pubmed', 'web']);
    expect(links[1]!.label).to.equal('example.org');
  });
});

describe('isUnverified', () => {
  it('matches a listed field and everything under it', () => {
    const s = minimalStudy();
    s.verification.unverified = ['outcomes', 'population.enrolled'];
    expect(isUnverified(s, 'outcomes.0.result')).to.be.true;
    expect(isUnverified(s, 'population.enrolled')).to.be.true;
    expect(isUnverified(s, 'population')).to.be.false;
    expect(isUnverified(s, 'outcomesX')).to.be.false;
  });
});
