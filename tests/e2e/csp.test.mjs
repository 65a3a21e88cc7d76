// The Content Security Policy (xtask/src/csp.rs) as the browser enforces it: the built pages
// carry it, it allows nothing unsafe, and an inline script or style that is not the page's own
// is refused. Every other browser test runs under it too (helpers.mjs fails a test on any
// violation).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newPage, startCallAt, useSite } from './helpers.mjs';

const site = useSite();

async function policyOf(page) {
  return page.evaluate(() => document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.content ?? '');
}

test('the player and the studio carry a strict policy, and the app runs under it without a violation', async () => {
  const page = await newPage(site.browser, { locale: 'pl-PL' });
  await page.goto(site.server.url);
  await page.getByTestId('scenario-card').first().waitFor();
  const policy = await policyOf(page);
  assert.match(policy, /script-src 'self' 'wasm-unsafe-eval'( 'sha256-[A-Za-z0-9+/=]+')+;/);
  // Styles: the site's files and the first screen's inlined styles, by their hash only.
  assert.match(policy, /style-src 'self' 'sha256-[A-Za-z0-9+/=]+';/);
  assert.ok(!/unsafe-inline|'unsafe-eval'/.test(policy), policy);
  // A call, its mood bar and the catalog's progress use data-driven sizes: set without inline styles.
  const [first] = await page.getByTestId('scenario-card').evaluateAll((els) => els.map((e) => e.dataset.id));
  await startCallAt(page, site.server.url, first, 'timer=off&mode=coach&seed=2');
  await page.locator('.mood-fill').waitFor();
  assert.notEqual(await page.locator('.mood-fill').evaluate((el) => el.style.width), '', 'the mood bar has its width');
  assert.deepEqual(page.cspViolations, []);
  await page.goto(`${site.server.url}studio/#/own`);
  await page.getByTestId('own-file').waitFor();
  assert.match(await policyOf(page), /script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
  await page.context().close();
});

test('an injected inline script and an inline style are refused', async () => {
  const page = await newPage(site.browser, { locale: 'en-US' });
  await page.goto(site.server.url);
  await page.getByTestId('scenario-card').first().waitFor();
  const result = await page.evaluate(async () => {
    const script = document.createElement('script');
    script.textContent = 'window.__injected = true;';
    document.body.appendChild(script);
    const p = document.createElement('p');
    p.setAttribute('style', 'color: rgb(255, 0, 0)');
    document.body.appendChild(p);
    await new Promise((ok) => setTimeout(ok, 50));
    return { ran: window.__injected === true, color: getComputedStyle(p).color };
  });
  assert.equal(result.ran, false, 'the injected script did not run');
  assert.notEqual(result.color, 'rgb(255, 0, 0)', 'the inline style was not applied');
  assert.deepEqual(
    [...new Set(page.cspViolations.map((v) => v.split(' ')[0]))].sort(),
    ['script-src-elem', 'style-src-attr'],
  );
  // These were the test's own doing: clear them so closing the context does not fail.
  page.cspViolations.length = 0;
  await page.context().close();
});
