// The first screen, end to end, on the release build: every language, the switcher, the
// remembered choice, links, phone and desktop layouts, and axe-core.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { catalogEntries, clickStart, launchBrowser, newPage, screenshot, seriousA11yViolations, serveStatic } from './helpers.mjs';

const EXPECTED = {
  en: { heading: 'Training calls', skip: 'Skip to main content', settings: 'Settings' },
  pl: { heading: 'Rozmowy treningowe', skip: 'Przejdź do treści', settings: 'Ustawienia' },
  hu: { heading: 'Gyakorlóhívások', skip: 'Ugrás a tartalomra', settings: 'Beállítások' },
};

let server;
let browser;
let entries;

before(async () => {
  server = await serveStatic();
  browser = await launchBrowser();
  entries = await catalogEntries();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

async function expectLanguage(page, lang) {
  const want = EXPECTED[lang];
  await page.getByRole('heading', { level: 1, name: want.heading }).waitFor();
  await page.getByTestId('scenario-card').first().waitFor();
  assert.equal(await page.locator('html').getAttribute('lang'), lang);
  assert.equal((await page.locator('.skip-link').textContent()).trim(), want.skip);
  assert.equal((await page.getByTestId('settings').textContent()).trim(), want.settings);
  assert.equal(await page.getByTestId(`lang-${lang}`).getAttribute('aria-pressed'), 'true');
  // Every card shows its title in this language.
  const titles = await page.getByTestId('scenario-card').locator('h2').allTextContents();
  assert.deepEqual(titles.map((t) => t.trim()).sort(), entries.map((e) => e.title[lang]).sort());
  // No string of another language is left on the page.
  const body = await page.locator('body').innerText();
  for (const [other, strings] of Object.entries(EXPECTED)) {
    if (other !== lang) assert.ok(!body.includes(strings.heading), `${other} text left in ${lang}: ${body}`);
  }
}

for (const [locale, lang] of [['en-US', 'en'], ['pl-PL', 'pl'], ['hu-HU', 'hu']]) {
  test(`a browser set to ${locale} opens in ${lang}`, async () => {
    const page = await newPage(browser, { locale });
    await page.goto(server.url);
    await expectLanguage(page, lang);
    await screenshot(page, `first-screen-${lang}-desktop`);
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });
}

test('the catalog counts with the right plural and filters by skill and difficulty', async () => {
  const page = await newPage(browser, { locale: 'pl-PL' });
  await page.goto(server.url);
  await expectLanguage(page, 'pl');
  const all = await page.getByTestId('scenario-card').count();
  assert.equal(all, entries.length);
  const count = (await page.getByTestId('catalog-count').textContent()).trim();
  const form = all === 1 ? 'rozmowa treningowa' : [2, 3, 4].includes(all % 10) && ![12, 13, 14].includes(all % 100) ? 'rozmowy treningowe' : 'rozmów treningowych';
  assert.equal(count, `${all} ${form}`);
  await page.getByTestId('filter-skill').selectOption('boundaries');
  const withBoundaries = await page.getByTestId('scenario-card').count();
  assert.ok(withBoundaries >= 1 && withBoundaries <= all, `${withBoundaries}`);
  for (const chips of await page.getByTestId('scenario-card').locator('.chips').allInnerTexts()) {
    assert.ok(chips.includes('Granice i asertywność'), chips);
  }
  await page.getByTestId('filter-difficulty').selectOption('easy');
  for (const badge of await page.getByTestId('scenario-card').locator('.card-top .badge').allTextContents()) {
    assert.equal(badge.trim(), 'Łatwy');
  }
  await page.getByTestId('filter-skill').selectOption('');
  await page.getByTestId('filter-difficulty').selectOption('');
  assert.equal(await page.getByTestId('scenario-card').count(), all);
  await page.context().close();
});

test('the switcher changes every string, and the choice survives a reload', async () => {
  const page = await newPage(browser, { locale: 'en-US' });
  await page.goto(server.url);
  await expectLanguage(page, 'en');
  for (const lang of ['pl', 'hu', 'en', 'hu']) {
    await page.getByTestId(`lang-${lang}`).click();
    await expectLanguage(page, lang);
  }
  await page.reload();
  await expectLanguage(page, 'hu');
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('a trainer link picks the language when the trainee has not chosen one', async () => {
  const page = await newPage(browser, { locale: 'en-US' });
  await page.goto(`${server.url}#/?lang=pl`);
  await expectLanguage(page, 'pl');
  await page.context().close();
});

test('a tampered link language falls back with a notice and no error', async () => {
  const page = await newPage(browser, { locale: 'hu-HU' });
  await page.goto(`${server.url}#/?lang=%3Cscript%3Ealert(1)%3C/script%3E`);
  await expectLanguage(page, 'hu');
  // The value is named in the trainer's details (collapsed), hence the text content.
  const notice = await page.getByTestId('notice').textContent();
  assert.ok(notice.includes('lang') && notice.includes('<script>'), notice);
  assert.equal(await page.locator('script:has-text("alert(1)")').count(), 0);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('the switcher works from the keyboard alone', async () => {
  const page = await newPage(browser, { locale: 'en-US' });
  await page.goto(server.url);
  await expectLanguage(page, 'en');
  // Tab order: skip link, home link, settings, then the language buttons PL, HU, EN.
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.className), 'skip-link');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.dataset.testid), 'settings');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.dataset.testid), 'lang-hu');
  await page.keyboard.press('Enter');
  await expectLanguage(page, 'hu');
  await page.context().close();
});

for (const [name, viewport] of [['phone', { width: 360, height: 740 }], ['desktop', { width: 1280, height: 800 }]]) {
  test(`the ${name} layout fits and has no serious accessibility problems`, async () => {
    for (const lang of ['en', 'pl', 'hu']) {
      const page = await newPage(browser, { locale: lang, viewport });
      await page.goto(server.url);
      await expectLanguage(page, lang);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `${lang} ${name}: page is ${overflow}px wider than the viewport`);
      assert.deepEqual(await seriousA11yViolations(page), [], `${lang} ${name}`);
      await screenshot(page, `first-screen-${lang}-${name}`);
      await page.context().close();
    }
  });
}

test('every screen names itself in the window title, in the language on screen', async () => {
  const page = await newPage(browser, { locale: 'pl-PL' });
  await page.goto(server.url);
  await expectLanguage(page, 'pl');
  assert.equal(await page.title(), 'Rozmowy treningowe · CalmLine');
  await page.getByTestId('settings').click();
  await page.getByTestId('settings-page').waitFor();
  assert.equal(await page.title(), 'Ustawienia · CalmLine');
  await page.getByTestId('lang-hu').click();
  await page.waitForFunction(() => document.title === 'Beállítások · CalmLine');
  await page.goto(`${server.url}#/play/${entries[0].id}`);
  await page.getByTestId('start-call').waitFor();
  assert.equal(await page.title(), `${entries[0].title.hu} · CalmLine`);
  // The call screen names the customer on the line.
  await clickStart(page);
  await page.getByTestId('reply').first().waitFor();
  const heading = (await page.locator('#call-heading').textContent()).trim();
  assert.ok(heading.startsWith('Vonalban:'), heading);
  await page.waitForFunction((h) => document.title === `${h} · CalmLine`, heading);
  await page.context().close();
});

test('the catalog keeps its filters while the trainee looks at a call', async () => {
  const page = await newPage(browser, { locale: 'en-US' });
  await page.goto(server.url);
  await expectLanguage(page, 'en');
  await page.getByTestId('filter-difficulty').selectOption('hard');
  const hard = await page.getByTestId('scenario-card').count();
  await page.getByTestId('scenario-card').first().locator('h2 a').click();
  await page.getByTestId('start-call').waitFor();
  await page.goBack();
  await page.getByTestId('scenario-card').first().waitFor();
  assert.equal(await page.getByTestId('filter-difficulty').inputValue(), 'hard');
  assert.equal(await page.getByTestId('scenario-card').count(), hard);
  // A combination that matches nothing offers a way back to every call.
  for (const skill of ['empathy', 'calm', 'listening', 'solutions', 'boundaries', 'clarity', 'ownership']) {
    await page.getByTestId('filter-skill').selectOption(skill);
    if ((await page.getByTestId('scenario-card').count()) === 0) break;
  }
  if ((await page.getByTestId('scenario-card').count()) === 0) {
    await page.getByTestId('clear-filters').click();
    assert.equal(await page.getByTestId('scenario-card').count(), entries.length);
  }
  await page.context().close();
});

test('a catalog that cannot be loaded says so in the language on screen, and can be retried', async () => {
  const page = await newPage(browser, { locale: 'hu-HU' });
  const real = await readFile(join(process.env.CALMLINE_DIST ?? 'dist', 'scenarios', 'index.clc'));
  // The compiled catalog as another version of CalmLine would have written it.
  const otherVersion = Buffer.from(real);
  otherVersion[4] += 1;
  let mode = 'offline';
  await page.route(/scenarios\/index\.clc(\?|$)/, (route) =>
    mode === 'offline'
      ? route.abort()
      : mode === 'toml'
        ? route.fulfill({ status: 200, contentType: 'text/plain', body: '[[scenario]]\nid = 7\n' })
        : mode === 'other-version'
          ? route.fulfill({ status: 200, body: otherVersion })
          : mode === 'cut'
            ? route.fulfill({ status: 200, body: real.subarray(0, real.length - 9) })
            : route.continue(),
  );
  await page.goto(server.url);
  const error = page.getByTestId('catalog-error');
  await error.waitFor();
  assert.ok((await error.innerText()).includes('Ellenőrizd a kapcsolatot'));
  assert.equal(await error.locator('.diagnostics').count(), 0);
  // Each fault said in the language on screen, naming the file, for whoever runs the site.
  for (const [next, words] of [
    ['toml', 'nem a CalmLine által készített gyakorlóhívás-fájl'],
    ['other-version', 'a CalmLine egy másik verziójával készült'],
    ['cut', 'sérült vagy hiányos'],
  ]) {
    mode = next;
    await error.getByRole('button').click();
    await error.locator('.diagnostics', { hasText: words }).waitFor();
    assert.match(await error.locator('.diagnostics').innerText(), /scenarios\/index\.clc/);
  }
  mode = 'fine';
  await error.getByRole('button').click();
  await page.getByTestId('scenario-card').first().waitFor();
  assert.deepEqual(await seriousA11yViolations(page), []);
  await page.context().close();
});

test('a damaged call file stops the call with a plain reason, never a blank page', async () => {
  const page = await newPage(browser, { locale: 'en-US' });
  const [first] = await catalogEntries();
  const real = await readFile(join(process.env.CALMLINE_DIST ?? 'dist', 'scenarios', `${first.id}.clc`));
  await page.route(new RegExp(`scenarios/${first.id}\\.clc(\\?|$)`), (route) => route.fulfill({ status: 200, body: real.subarray(0, 100) }));
  await page.goto(`${server.url}#/play/${first.id}`);
  const invalid = page.getByTestId('scenario-invalid');
  await invalid.waitFor();
  assert.match(await invalid.innerText(), /cannot be read/);
  assert.match(await invalid.innerText(), new RegExp(`scenarios/${first.id}\\.clc is damaged or was cut short`));
  assert.deepEqual(page.problems, []);
  await page.context().close();
});
