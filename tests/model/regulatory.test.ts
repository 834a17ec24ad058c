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
  it('names what an approval is for, never just "approved for MS"', () => {
    expect(regulatoryLabel([{ jurisdiction: 'US', status: 'approved', approvedFor: ['relapsing-ms'], approvalYear: 2004 }]).text).to.equal(
      'FDA-approved for relapsing forms of MS (since 2004)',
    );
    expect(regulatoryLabel([{ jurisdiction: 'US', status: 'approved', approvedFor: ['ms-relapses'] }]).text).to.equal(
      'FDA-approved to treat MS relapses',
    );
    expect(regulatoryLabel([{ jurisdiction: 'US', status: 'approved', approvedFor: ['spasticity'] }]).text).to.equal(
      'FDA-approved for spasticity (including in MS)',
    );
    expect(
      regulatoryLabel([{ jurisdiction: 'US', status: 'approved', approvedFor: ['relapsing-ms', 'primary-progressive-ms'] }]).text,
    ).to.equal('FDA-approved for relapsing forms of MS and for primary progressive MS');
    // Data without an indication (which validation refuses) still never reads "approved for MS".
    expect(regulatoryLabel([{ jurisdiction: 'US', status: 'approved' }]).text).to.equal('FDA-approved (indication not reported)');
  });
  it('tells the history of a withdrawal and return', () => {
    const label = regulatoryLabel([
      {
        jurisdiction: 'US',
        status: 'approved',
        approvedFor: ['relapsing-ms'],
        approvalYear: 2004,
        history: [
          { event: 'withdrawn', date: '2005-02' },
          { event: 'returned-restricted', date: '2006-06-05' },
        ],
      },
    ]);
    expect(label.text).to.equal(
      'FDA-approved for relapsing forms of MS (since 2004; withdrawn 2005, back in 2006 under a restricted programme)',
    );
  });
  it('words EU approval as authorisation by the European Commission, with the EU indication', () => {
    const statuses = [
      { jurisdiction: 'US', status: 'approved' as const, approvedFor: ['relapsing-ms' as const] },
      { jurisdiction: 'EU', status: 'approved' as const, approvedFor: ['relapsing-remitting-ms' as const] },
    ];
    expect(regulatoryLabel(statuses, 'EU').text).to.equal('Authorised in the EU (European Commission) for relapsing-remitting MS');
    expect(regulatoryLabel([{ jurisdiction: 'EU', status: 'investigational' }], 'EU').text).to.equal(
      'Investigational — not authorised in the EU for MS',
    );
  });
  it('calls a product sold outside trials unapproved, not investigational', () => {
    const label = regulatoryLabel([{ jurisdiction: 'US', status: 'unapproved' }]);
    expect(label).to.include({ tone: 'caution', text: 'Unapproved — not FDA-approved for MS; offered outside clinical trials' });
    expect(regulatoryFlag('unapproved')).to.equal('Unapproved');
    expect(isUnapproved('unapproved')).to.be.true;
  });
  it('gives a jurisdiction without a listed regulator neutral wording, never "not DE-approved"', () => {
    const text = regulatoryLabel([{ jurisdiction: 'DE', status: 'investigational' }], 'DE').text;
    expect(text).to.equal('Investigational — not approved for MS in Germany');
    expect(text).not.to.contain('DE-approved');
    expect(regulatoryLabel([{ jurisdiction: 'DE', status: 'approved', approvedFor: ['relapsing-ms'] }], 'DE').text).to.equal(
      'Approved in Germany for relapsing forms of MS',
    );
    expect(regulatoryLabel([{ jurisdiction: 'DE', status: 'not-approved' }], 'DE', 'es').text).to.contain('Alemania');
  });
  it('labels not approved and not applicable', () => {
    expect(regulatoryLabel([{ jurisdiction: 'US', status: 'not-approved' }]).text).to.equal('Not FDA-approved for MS');
    expect(regulatoryLabel([{ jurisdiction: 'US', status: 'not-applicable' }])).to.include({ tone: 'neutral' });
  });
  it('never reads as approved when the jurisdiction is missing', () => {
    const label = regulatoryLabel([{ jurisdiction: 'US', status: 'approved' }], 'EU');
    expect(label).to.include({ status: 'not-reported', tone: 'caution', text: 'Approval status for MS not reported' });
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
