// The lean player (issue 14): what the first screen downloads, the interface text of the
// trainee's language only (the others after the first screen), a switch that is instant or
// waits for its file, the loading sign when the text cannot be loaded, and the studio kept
// apart from the player.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newPage, recordRequests, useSite } from './helpers.mjs';

const site = useSite();

test('a first visit loads the trainee’s language only, then the others, and a switch needs no new request', async () => {
  const page = await newPage(site.browser, { locale: 'pl-PL' });
  const seen = recordRequests(page, site.server.url);
  await page.goto(site.server.url);
  await page.getByTestId('scenario-card').first().waitFor();
  const locales = () => seen.filter((p) => p.startsWith('locales/'));
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'pl');
  // Before the other languages come: Polish only, once (the page's preload is what the app used).
  const first = locales();
  assert.equal(first.length, 1, first.join(', '));
  assert.match(first[0], /^locales\/pl\.ftl\?v=[0-9a-f]{16}$/);
  // Nothing of the studio, the LMS runtime or any TOML source.
  for (const path of seen) assert.ok(!/^studio\/|^lms\/|\.toml/.test(path), path);
  // The other two arrive after the first screen.
  await page.waitForFunction(() => performance.getEntriesByType('resource').filter((e) => /locales\/(hu|en)\.ftl/.test(e.name)).length === 2);
  const before = seen.length;
  await page.getByTestId('lang-hu').click();
  await page.waitForFunction(() => document.documentElement.lang === 'hu');
  assert.equal(await page.getByTestId('lang-hu').getAttribute('aria-pressed'), 'true');
  assert.equal(seen.slice(before).filter((p) => p.startsWith('locales/')).length, 0, 'switching used the prefetched file');
  // The switcher names each language in its own words whatever is loaded.
  assert.deepEqual(
    await page.locator('[data-testid=lang-switch] .visually-hidden').allInnerTexts(),
    [' Polski', ' Magyar', ' English'].map((s) => s.trim()),
  );
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('a language picked before its file arrives shows as soon as it does', async () => {
  const page = await newPage(site.browser, { locale: 'en-US' });
  let release;
  const held = new Promise((ok) => { release = ok; });
  await page.route(/locales\/(pl|hu)\.ftl/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(site.server.url);
  await page.getByTestId('scenario-card').first().waitFor();
  await page.getByTestId('lang-pl').click();
  // Still English while the Polish file is held back: never a screen of message ids.
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  assert.ok(!(await page.locator('body').innerText()).includes('catalog-'), 'no message ids');
  release();
  await page.waitForFunction(() => document.documentElement.lang === 'pl');
  assert.equal(await page.getByTestId('lang-pl').getAttribute('aria-pressed'), 'true');
  await page.context().close();
});

test('when the interface text cannot be loaded, the loading sign says so in the trainee’s language, and can try again', async () => {
  const page = await newPage(site.browser, { locale: 'hu-HU' });
  let fail = true;
  await page.route(/locales\/hu\.ftl/, (route) => (fail ? route.abort() : route.continue()));
  await page.goto(site.server.url);
  const sign = page.locator('#boot[role=alert]');
  await sign.waitFor();
  assert.match(await sign.innerText(), /Nem sikerült betölteni a CalmLine-t/);
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Próbáld újra');
  fail = false;
  await sign.getByRole('button').click();
  await page.getByTestId('scenario-card').first().waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'hu');
  await page.context().close();
});

test('the player’s own-file address leads to the studio, which checks a file without the player carrying the validator', async () => {
  const page = await newPage(site.browser, { locale: 'en-US' });
  await page.goto(`${site.server.url}#/own`);
  await page.waitForURL(/\/studio\/#\/own$/);
  await page.getByTestId('own-file').waitFor();
  assert.equal(await page.title(), 'Your own scenario file · CalmLine');
  await page.context().close();
});
