import { expect } from '@open-wc/testing';
import { decideChromium } from '../scripts/chromium-check.mjs';

describe('Chromium check', () => {
  it('uses a browser that is there', () => {
    expect(decideChromium({ path: '/usr/bin/chromium', exists: true, isRoot: false, fromEnv: false }).action).to.equal('use');
  });
  it('installs with apt-get when root', () => {
    const d = decideChromium({ path: '/usr/bin/chromium', exists: false, isRoot: true, fromEnv: false });
    expect(d.action).to.equal('install');
    expect(d.message).to.contain('apt-get');
  });
  it('otherwise stops with one line saying how to install it or set CHROME_PATH', () => {
    const d = decideChromium({ path: '/usr/bin/chromium', exists: false, isRoot: false, fromEnv: false });
    expect(d.action).to.equal('stop');
    expect(d.message).to.equal(
      'Chromium is missing at /usr/bin/chromium: install it with "sudo apt-get install -y chromium", or set CHROME_PATH to a Chromium or Chrome binary.',
    );
    expect(d.message).not.to.contain('\n');
  });
  it('does not install over a CHROME_PATH that points nowhere', () => {
    const d = decideChromium({ path: '/opt/chrome', exists: false, isRoot: true, fromEnv: true });
    expect(d.action).to.equal('stop');
    expect(d.message).to.contain('CHROME_PATH is set to /opt/chrome');
  });
});
