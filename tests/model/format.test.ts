import { expect } from '@open-wc/testing';
import {
  formatAuthors,
  formatCitationLine,
  formatDate,
  formatDuration,
  formatPopulation,
  isPastDue,
  durationInMonths,
} from '../../src/model/format.js';
import { findClaims } from '../../src/model/claims.js';
import { defaultNotice } from '../../src/model/notices.js';

describe('formatting', () => {
  it('shows three authors, then et al.', () => {
    expect(formatAuthors(['A', 'B', 'C'])).to.equal('A, B, C');
    expect(formatAuthors(['A', 'B', 'C', 'D'])).to.equal('A, B, C, et al.');
  });
  it('writes a citation line with what is known', () => {
    expect(
      formatCitationLine({ title: 't', authors: ['a'], year: 2020, journal: 'Frontiers in Neurology', volume: '11', articleNumber: '967' }),
    ).to.equal('Frontiers in Neurology. 2020;11:967');
    expect(formatCitationLine({ title: 't', authors: ['a'], year: 2018, journal: 'J Transl Med' })).to.equal('J Transl Med. 2018');
    expect(formatCitationLine({ title: 't', authors: ['a'], year: 2019, volume: '12', issue: '3', pages: '100-110' })).to.equal(
      '2019;12(3):100-110',
    );
  });
  it('formats durations and converts them to months', () => {
    expect(formatDuration({ value: 10, unit: 'years' })).to.equal('10 years');
    expect(formatDuration({ value: 1, unit: 'years' })).to.equal('1 year');
    expect(formatDuration({ value: 6, unit: 'months' }, 'es')).to.equal('6 meses');
    expect(durationInMonths({ value: 2, unit: 'years' })).to.equal(24);
    expect(durationInMonths({ value: 365, unit: 'days' })).to.be.closeTo(12, 0.01);
  });
  it('formats days and months as dates', () => {
    expect(formatDate('2025-10')).to.equal('October 2025');
    expect(formatDate('2026-11-24')).to.equal('November 24, 2026');
    expect(formatDate('2026-11-24', 'en-GB')).to.equal('24 November 2026');
  });
  it('decides when a review is past due', () => {
    expect(isPastDue('2026-11-23', '2026-11-24')).to.be.true;
    expect(isPastDue('2026-11-24', '2026-11-24')).to.be.false;
    expect(isPastDue('2026-11', '2026-11-30')).to.be.false;
    expect(isPastDue('2026-10', '2026-11-01')).to.be.true;
    expect(isPastDue(undefined)).to.be.false;
  });
  it('describes the population with a count per condition', () => {
    expect(
      formatPopulation({
        enrolled: 10,
        conditions: [
          { condition: 'ms-relapsing-remitting', count: 5 },
          { condition: 'neuromyelitis-optica', count: 5 },
        ],
      }),
    ).to.equal('10 people: 5 with relapsing-remitting MS, 5 with neuromyelitis optica');
    expect(formatPopulation({ conditions: [{ condition: 'ms-unspecified' }] })).to.equal(
      'People with MS (form not reported) (number not reported)',
    );
    expect(formatPopulation({ enrolled: 1, conditions: [{ condition: 'other', label: 'optic neuritis', count: 1 }] })).to.equal(
      '1 person: 1 with optic neuritis',
    );
  });
});

describe('findClaims', () => {
  it('finds cure, reversal, restoration and approval claims', () => {
    expect(findClaims('Stem cells cure MS.')).to.have.length(1);
    expect(findClaims('It reverses damage and restores function.')).to.have.length(2);
    expect(findClaims('An FDA-approved therapy')).to.have.length(1);
    expect(findClaims('approved by the FDA in 2020')).to.have.length(1);
  });
  it('ignores denials', () => {
    expect(findClaims('There is no cure for MS.')).to.be.empty;
    expect(findClaims('It is not FDA-approved for MS.')).to.be.empty;
    expect(findClaims('These treatments do not reverse nerve damage.')).to.be.empty;
    expect(findClaims(undefined)).to.be.empty;
  });
  it('does not let a denial in an earlier sentence excuse a claim', () => {
    expect(findClaims('It is not cheap. It cures MS.')).to.have.length(1);
  });
});

describe('defaultNotice', () => {
  it('names the therapy and the regulator in a not-approved notice', () => {
    const n = defaultNotice('not-approved', { therapy: 'Umbilical-cord MSC therapy' });
    expect(n.heading).to.equal('Not an approved treatment');
    expect(n.text[0]).to.match(/^This treatment \(Umbilical-cord MSC therapy\) is not FDA-approved for Multiple Sclerosis/);
  });
  it('uses the emergency number of the jurisdiction', () => {
    expect(defaultNotice('emergency').text[0]).to.contain('call 911');
    expect(defaultNotice('emergency', { jurisdiction: 'GB' }).text[0]).to.contain('call 999');
    expect(defaultNotice('emergency', { jurisdiction: 'ZZ' }).text[0]).to.contain('local emergency number');
  });
  it('keeps the seed page wording for the educational and consult notices', () => {
    expect(defaultNotice('educational').text).to.deep.equal([
      'This page is for educational purposes only and does not constitute medical advice.',
    ]);
    expect(defaultNotice('consult').text).to.deep.equal(['Always consult your healthcare provider before making treatment decisions.']);
  });
});
