// The brand-colour rule shared by the composer and Storybook's theme builder.
import { expect } from '@open-wc/testing';
import { BACKGROUNDS, MIN_CONTRAST, brandPair, contrast, formatRatio, normaliseHex, themeCss } from '../../composer/src/contrast.js';
import { tokens } from '../../src/components/shared/styles.js';

const hex6 = (h: string) => normaliseHex(h)!;

describe('brand colour → contrast-checked light/dark pair', () => {
  it('computes WCAG contrast ratios', () => {
    expect(contrast('#000000', '#ffffff')).to.be.closeTo(21, 0.001);
    expect(contrast('#ffffff', '#ffffff')).to.equal(1);
    // #767676, the classic "darkest grey that passes", is 4.54:1 on white.
    expect(contrast('#767676', '#ffffff')).to.be.closeTo(4.54, 0.01);
    expect(formatRatio(4.499)).to.equal('4.4:1');
  });

  it('keeps a colour that already reads well, and says so', () => {
    const pair = brandPair('#00603C')!;
    expect(pair.input).to.equal('#00603c');
    expect(pair.light).to.include({ hex: '#00603c', adjusted: false });
    expect(pair.light.reason).to.match(/^#00603c has \d+\.\d:1 on the .* kept as it is\.$/);
  });

  for (const color of ['#ffcc00', '#ff0000', '#00ff00', '#777777', '#e0e0e0', '#000000', '#ffffff', '#123456', '#f0f4f5']) {
    it(`${color}: both sides reach ${MIN_CONTRAST}:1 on every background they sit on`, () => {
      const pair = brandPair(color)!;
      for (const theme of ['light', 'dark'] as const) {
        for (const bg of BACKGROUNDS[theme])
          expect(contrast(pair[theme].hex, bg.hex), `${theme} on ${bg.hex}`).to.be.at.least(MIN_CONTRAST);
      }
    });
  }

  it('adjusts a colour that falls short by the least it needs, with the reason in words', () => {
    const pair = brandPair('#ffcc00')!;
    expect(pair.light.adjusted).to.be.true;
    expect(pair.light.reason).to.match(
      /^#ffcc00 has only 1\.\d:1 on the (white|subtle) surface \(#[0-9a-f]{6}\), below the 4\.5:1 text needs: darkened to #[0-9a-f]{6} \(4\.\d:1\)\.$/,
    );
    // The least change: a slightly lighter colour would fail.
    expect(pair.light.ratio).to.be.below(4.8);
    expect(pair.dark).to.include({ hex: '#ffcc00', adjusted: false });
    const navy = brandPair('#1d2a6b')!;
    expect(navy.dark.reason).to.match(/lightened to #[0-9a-f]{6}/);
  });

  it('refuses what is not a hex colour', () => {
    expect(brandPair('red')).to.be.undefined;
    expect(brandPair('#12345')).to.be.undefined;
  });

  it('writes the CSS block: the pair on accent and link, font and radius when given, nothing that breaks out of the rule', () => {
    const css = themeCss(brandPair('#ffcc00')!, { font: 'Georgia, serif; } body { display:none', radius: '0.5em' });
    expect(css).to.match(/^:root \{\n {2}\/\* Brand #ffcc00: light #[0-9a-f]{6} \(4\.\d:1\), dark #ffcc00 \(\d+\.\d:1\) \*\/\n/);
    expect(css).to.match(/--ms-color-accent: light-dark\(#[0-9a-f]{6}, #ffcc00\);/);
    expect(css).to.match(/--ms-color-link: light-dark\(#[0-9a-f]{6}, #ffcc00\);/);
    expect(css).to.include('--ms-radius: 0.5em;');
    expect(css).not.to.include('}  body');
    expect(css.match(/[{}]/g)).to.have.length(2);
  });

  it('checks against the backgrounds the elements really paint (the token defaults)', () => {
    const text = tokens.cssText;
    const pairOf = (name: string) => {
      const m = new RegExp(`var\\(${name}, light-dark\\((#[0-9a-f]+), (#[0-9a-f]+)\\)\\)`, 'i').exec(text);
      return m ? [hex6(m[1]!), hex6(m[2]!)] : [];
    };
    const [surfaceLight, surfaceDark] = pairOf('--ms-color-surface');
    const [subtleLight, subtleDark] = pairOf('--ms-color-surface-subtle');
    expect(BACKGROUNDS.light.map((b) => b.hex)).to.deep.equal([surfaceLight, subtleLight]);
    expect(BACKGROUNDS.dark.map((b) => b.hex)).to.deep.equal([surfaceDark, subtleDark]);
  });
});
