import { expect } from '@open-wc/testing';
import { isUnapproved, regulatoryFlag, regulatoryFor, regulatoryLabel } from '../../src/model/regulatory.js';

describe('regulatoryLabel', () => {
  it('labels an investigational therapy', () => {
    expect(regulatoryLabel([{ jurisdiction: 'US', status: 'investigational' }])).to.deep.equal({
      status: 'investigational',
      tone: 'caution',
      text: 'Investigational — not FDA-approved for MS',
    });
  });
  it('labels an approved medicine with its year', () => {
    expect(regulatoryLabel([{ jurisdiction: 'US', status: 'approved', approvalYear: 2004 }]).text).to.equal(
      'FDA-approved for MS (since 2004)',
    );
    expect(regulatoryLabel([{ jurisdiction: 'US', status: 'approved' }]).text).to.equal('FDA-approved for MS');
  });
  it('labels not approved and not applicable', () => {
    expect(regulatoryLabel([{ jurisdiction: 'US', status: 'not-approved' }]).text).to.equal('Not FDA-approved for MS');
    expect(regulatoryLabel([{ jurisdiction: 'US', status: 'not-applicable' }])).to.include({ tone: 'neutral' });
  });
  it('never reads as approved when the jurisdiction is missing', () => {
    const label = regulatoryLabel([{ jurisdiction: 'US', status: 'approved' }], 'EU');
    expect(label).to.include({ status: 'not-reported', tone: 'caution', text: 'EMA approval status for MS not reported' });
    expect(regulatoryLabel(undefined).status).to.equal('not-reported');
  });
  it('names the regulator of the jurisdiction', () => {
    expect(regulatoryLabel([{ jurisdiction: 'GB', status: 'investigational' }], 'GB').text).to.equal(
      'Investigational — not MHRA-approved for MS',
    );
    expect(regulatoryFor([], 'ZZ').agency).to.equal('ZZ');
  });
  it('treats investigational and not approved as needing a notice, but not an unreported status', () => {
    expect(['investigational', 'not-approved'].every((s) => isUnapproved(s as never))).to.be.true;
    expect(isUnapproved('approved') || isUnapproved('not-applicable') || isUnapproved('not-reported')).to.be.false;
  });
  it('flags unreported status as such, never as investigational', () => {
    expect(regulatoryFlag('not-reported')).to.equal('Approval status not reported');
    expect(regulatoryFlag('investigational')).to.equal('Investigational');
    expect(regulatoryFlag('approved')).to.be.undefined;
  });
});
