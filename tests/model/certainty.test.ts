import { expect } from '@open-wc/testing';
import { studyCertainty, hasUnverifiedKeyFacts } from '../../src/model/certainty.js';
import type { Study } from '../../src/model/schema.js';
import { minimalStudy, randomisedTrial, variant } from '../fixtures/records.js';

const codes = (s: Study) => studyCertainty(s).reasons.map((r) => r.code);
const level = (s: Study) => studyCertainty(s).level;
const change = (s: Study, f: (d: Record<string, any>) => void) => variant(s, f) as Study;

describe('studyCertainty', () => {
  it('rates a large, long, verified randomised placebo-controlled trial high', () => {
    const c = studyCertainty(randomisedTrial());
    expect(c.level).to.equal('high');
    expect(c.reasons.map((r) => r.code)).to.deep.equal(['randomised-controlled']);
    expect(c.scope).to.equal(
      'It can show whether the treatment did better than the control group over 2 years; it cannot show effects beyond that time or in people unlike those studied.',
    );
  });

  it('starts a non-randomised study at low', () => {
    const s = change(randomisedTrial(), (d) => (d.design.allocation = 'non-randomised'));
    expect(level(s)).to.equal('low');
    expect(codes(s)).to.deep.equal(['not-randomised']);
    expect(studyCertainty(s).scope).to.contain('cannot show that the treatment caused the difference');
  });

  it('treats unreported randomisation as not randomised, and says so', () => {
    const s = change(randomisedTrial(), (d) => (d.design.allocation = 'not-reported'));
    expect(level(s)).to.equal('low');
    expect(codes(s)).to.deep.equal(['randomisation-not-reported']);
  });

  it('lowers one level for no control group', () => {
    const s = change(randomisedTrial(), (d) => {
      d.design.allocation = 'single-group';
      d.design.control = 'none';
      delete d.comparator;
    });
    expect(codes(s)).to.deep.equal(['not-randomised', 'no-control']);
    expect(level(s)).to.equal('very-low');
    expect(studyCertainty(s).scope).to.equal(
      'It can show what happened to the 880 people treated, including side effects; it cannot show that the treatment caused any improvement, because no one was left untreated for comparison.',
    );
  });

  it('lowers one level for a control group that is not reported', () => {
    const s = change(randomisedTrial(), (d) => (d.design.control = 'not-reported'));
    expect(codes(s)).to.include('control-not-reported');
    expect(level(s)).to.equal('moderate');
  });

  it('lowers one level for fewer than 400 people (but at least 50), naming the number', () => {
    const s = change(
      randomisedTrial(),
      (d) => (d.population = { enrolled: 99, conditions: [{ condition: 'ms-relapsing-remitting', count: 99 }] }),
    );
    const c = studyCertainty(s);
    expect(c.level).to.equal('moderate');
    expect(c.reasons[1]).to.include({ code: 'small', effect: -1 });
    expect(c.reasons[1]!.text).to.contain('99 people');
  });

  it('counts the analysed number when given, else the enrolled number', () => {
    const s = change(randomisedTrial(), (d) => (d.population.analysed = 90));
    expect(codes(s)).to.include('small');
    const t = change(randomisedTrial(), (d) => delete d.population.analysed);
    expect(codes(t)).not.to.include('small');
  });

  it('lowers one level when size is not reported', () => {
    const s = change(randomisedTrial(), (d) => (d.population = { conditions: [{ condition: 'ms-relapsing-remitting' }] }));
    expect(codes(s)).to.include('size-not-reported');
    expect(level(s)).to.equal('moderate');
  });

  it('lowers one level for follow-up shorter than 12 months, and for none reported', () => {
    const short = change(randomisedTrial(), (d) => (d.followUp = { value: 24, unit: 'weeks' }));
    expect(codes(short)).to.include('short-follow-up');
    expect(studyCertainty(short).reasons[1]!.text).to.contain('24 weeks');
    const year = change(randomisedTrial(), (d) => (d.followUp = { value: 12, unit: 'months' }));
    expect(codes(year)).not.to.include('short-follow-up');
    const none = change(randomisedTrial(), (d) => delete d.followUp);
    expect(codes(none)).to.include('follow-up-not-reported');
  });

  it('lowers one level when not everyone had MS, with the counts', () => {
    const s = change(minimalStudy(), (d) => {
      d.population = {
        enrolled: 10,
        conditions: [
          { condition: 'ms-relapsing-remitting', count: 5 },
          { condition: 'neuromyelitis-optica', count: 5 },
        ],
      };
    });
    const reason = studyCertainty(s).reasons.find((r) => r.code === 'not-all-ms');
    expect(reason?.text).to.equal('Not everyone had MS: only 5 of 10 participants did.');
  });

  it('lowers one level when key facts are unverified, not for a citation detail', () => {
    const unverified = change(randomisedTrial(), (d) => (d.verification = { checkedAgainst: [] }));
    expect(codes(unverified)).to.include('unverified');
    expect(level(unverified)).to.equal('moderate');
    const partly = change(randomisedTrial(), (d) => (d.verification.unverified = ['outcomes.0']));
    expect(hasUnverifiedKeyFacts(partly)).to.be.true;
    const citationOnly = change(randomisedTrial(), (d) => (d.verification.unverified = ['citation.pmid']));
    expect(hasUnverifiedKeyFacts(citationOnly)).to.be.false;
  });

  it('never goes below very low', () => {
    const s = change(minimalStudy(), (d) => {
      d.design.control = 'none';
      d.population = { conditions: [{ condition: 'ms-relapsing-remitting' }, { condition: 'neuromyelitis-optica' }] };
      delete d.followUp;
      d.verification = { checkedAgainst: [] };
    });
    expect(studyCertainty(s).reasons.filter((r) => r.effect < 0)).to.have.length(5);
    expect(level(s)).to.equal('very-low');
  });

  it('formats numbers in the reasons for the locale', () => {
    const s = change(randomisedTrial(), (d) => (d.followUp = { value: 6, unit: 'months' }));
    expect(studyCertainty(s, 'es').reasons[1]!.text).to.contain('6 meses');
  });
});
