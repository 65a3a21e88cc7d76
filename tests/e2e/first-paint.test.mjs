// The first paint (issue 14): the catalog, or a trainer's link's briefing frame, painted from
// the page itself in the trainee's language before the WebAssembly module has arrived; the
// app then takes over with no layout shift, having fetched what it needs beside the module
// (each file once: the page's preloads are what the app uses). The prerendered screen carries
// no test ids (xtask/src/first_paint.rs), so it is found here by its classes and text, and
// everything a test id finds is the live app.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DIST, catalogEntries, newPage, playToEnd, recordRequests, seriousA11yViolations, startCallAt, useSite } from './helpers.mjs';

const site = useSite();

/** Holds back the player's module until the returned function is called. */
async function holdModule(page) {
  let release;
  const held = new Promise((ok) => { release = ok; });
  await page.route(/\.wasm$/, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

test('the catalog is painted in the trainee’s language before the module arrives, then the app takes it over', async () => {
  const entries = await catalogEntries();
  const page = await newPage(site.browser, { locale: 'pl-PL' });
  const release = await holdModule(page);
  await page.goto(site.server.url, { waitUntil: 'domcontentloaded' });
  const first = page.locator('#boot.first-screen');
  await first.locator('h1').waitFor();
  assert.equal(await first.locator('h1').innerText(), 'Rozmowy treningowe');
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'pl');
  assert.equal(await first.locator('.card').count(), entries.length);
  assert.ok((await first.innerText()).includes(entries[0].title.pl), 'the cards show the Polish titles');
  // Laid out by the inlined styles, not as bare HTML: the header is a band, the cards a grid.
  const header = await first.locator('.site-header').boundingBox();
  assert.ok(header && header.width >= 1200, `header ${JSON.stringify(header)}`);
  assert.equal(await page.locator('[data-testid]').count(), 0, 'nothing of the live app yet');
  assert.equal(await page.evaluate(() => document.querySelectorAll('main').length), 1);
  release();
  await page.getByTestId('scenario-card').first().waitFor();
  assert.equal(await page.getByTestId('scenario-card').count(), entries.length);
  assert.equal(await page.locator('#boot').count(), 0, 'the prerendered screen is gone');
  assert.equal(await page.evaluate(() => document.querySelectorAll('main').length), 1);
  // The live app answers: a card opens its briefing.
  await page.getByTestId('scenario-card').first().getByRole('link').first().click();
  await page.getByTestId('start-call').waitFor();
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('a saved language beats the browser’s, and a link’s language the browser’s, on the first paint', async () => {
  for (const [setup, expected, heading] of [
    [{ saved: 'hu', url: '' }, 'hu', 'Gyakorlóhívások'],
    [{ saved: null, url: '#/?lang=en' }, 'en', 'Training calls'],
  ]) {
    const page = await newPage(site.browser, { locale: 'pl-PL' });
    if (setup.saved) await page.addInitScript((lang) => localStorage.setItem('calmline.lang', lang), setup.saved);
    const release = await holdModule(page);
    await page.goto(site.server.url + setup.url, { waitUntil: 'domcontentloaded' });
    await page.locator('#boot.first-screen h1').waitFor();
    assert.equal(await page.locator('#boot h1').innerText(), heading);
    assert.equal(await page.evaluate(() => document.documentElement.lang), expected);
    release();
    await page.context().close();
  }
});

test('a trainer’s Polish link paints the briefing’s frame, then its call’s briefing, fetches each file once and takes over without a layout shift', async () => {
  const [entry] = await catalogEntries();
  const page = await newPage(site.browser, { locale: 'en-US', viewport: { width: 390, height: 844 } });
  await page.addInitScript(() => {
    window.__shift = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shift += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  const seen = recordRequests(page, site.server.url);
  const release = await holdModule(page);
  let sendBriefing;
  const briefingHeld = new Promise((ok) => { sendBriefing = ok; });
  await page.route(/\/first\/[a-z0-9-]+\.html/, async (route) => {
    await briefingHeld;
    await route.continue();
  });
  await page.goto(`${site.server.url}#/play/${entry.id}?lang=pl&timer=standard&mode=exam`, { waitUntil: 'domcontentloaded' });
  const frame = page.locator('#boot.first-screen');
  await frame.locator('.loading').waitFor();
  assert.equal(await frame.locator('.loading').innerText(), 'Wczytywanie rozmowy…');
  assert.equal(await frame.locator('.lang-option.is-current').getAttribute('lang'), 'pl');
  // The call's own briefing, in Polish, before the module.
  sendBriefing();
  await frame.locator('h1', { hasText: entry.title.pl }).waitFor();
  assert.equal(await frame.locator('.loading').count(), 0);
  assert.equal(await page.locator('[data-testid]').count(), 0, 'nothing of the live app yet');
  release();
  await page.getByTestId('start-call').waitFor();
  await page.waitForTimeout(1000);
  const shift = await page.evaluate(() => window.__shift);
  console.log(`first paint: layout shift of a Polish trainer's link, frame to briefing to app: ${shift.toFixed(4)}`);
  assert.ok(shift <= 0.02, `layout shift ${shift}`);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'pl');
  assert.ok((await page.locator('main h1').innerText()).includes(entry.title.pl));
  // Each file the first render needs was asked for once, under the release's version.
  for (const file of [`scenarios/${entry.id}.clc`, 'scenarios/index.clc', 'locales/pl.ftl', `first/${entry.id}-pl.html`]) {
    const asked = seen.filter((p) => p.startsWith(`${file}?v=`));
    assert.equal(asked.length, 1, `${file}: ${seen.join(', ')}`);
  }
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('a briefing that arrives after the app has taken over is left out', async () => {
  const [entry] = await catalogEntries();
  const page = await newPage(site.browser, { locale: 'hu-HU' });
  let sendBriefing;
  const briefingHeld = new Promise((ok) => { sendBriefing = ok; });
  await page.route(/\/first\/[a-z0-9-]+\.html/, async (route) => {
    await briefingHeld;
    await route.continue();
  });
  await page.goto(`${site.server.url}#/play/${entry.id}`);
  await page.getByTestId('start-call').waitFor();
  sendBriefing();
  await page.waitForResponse(/\/first\//);
  await page.waitForTimeout(300);
  assert.equal(await page.locator('main').count(), 1);
  assert.equal(await page.locator('#boot').count(), 0);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('the first screen’s styles are inlined, the rest come after the first paint, and the page is built for it', async () => {
  const html = await readFile(join(DIST, 'index.html'), 'utf8');
  assert.equal((html.match(/<link rel="stylesheet"/g) ?? []).length, 0, 'no stylesheet holds up the first paint');
  assert.equal((html.match(/<style>/g) ?? []).length, 1);
  for (const lang of ['pl', 'hu', 'en']) {
    for (const screen of ['catalog', 'briefing']) assert.ok(html.includes(`<template id="first-${screen}-${lang}">`), `${screen}-${lang}`);
  }
  assert.match(html, /data-content-version="[0-9a-f]{16}"/);
  const later = /data-later-styles="(later-[0-9a-f]{16}\.css)"/.exec(html);
  assert.ok(later, 'the later styles are named');
  const page = await newPage(site.browser);
  await page.goto(site.server.url);
  await page.getByTestId('scenario-card').first().waitFor();
  await page.waitForFunction((file) => [...document.styleSheets].some((s) => s.href?.endsWith(file)), later[1]);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('the app waits for the later styles, so a quick "Start" never meets an unstyled call; a failed style file does not stop it', async () => {
  // Held back: the app is not there until they come, then the ring screen is styled at once.
  const page = await newPage(site.browser, { locale: 'en' });
  let release;
  const held = new Promise((ok) => { release = ok; });
  await page.route(/\/later-[0-9a-f]{16}\.css/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(`${site.server.url}#/play/shouter-late-delivery?timer=relaxed&mode=exam`, { waitUntil: 'domcontentloaded' });
  await page.waitForFunction(() => !!document.querySelector('#boot.first-screen'));
  await page.waitForTimeout(1500);
  assert.equal(await page.getByTestId('start-call').count(), 0, 'the app has not mounted without its styles');
  release();
  await page.getByTestId('start-call').click();
  await page.getByTestId('ringing').waitFor();
  const ring = await page.evaluate(() => getComputedStyle(document.querySelector('[data-testid=ringing]')).display);
  assert.equal(ring, 'grid', 'the ring screen is styled');
  assert.deepEqual(page.problems, []);
  await page.context().close();

  // A style file that fails: the app mounts all the same.
  const broken = await newPage(site.browser, { locale: 'en' });
  await broken.route(/\/later-[0-9a-f]{16}\.css/, (route) => route.fulfill({ status: 404, body: '' }));
  await broken.goto(site.server.url);
  await broken.getByTestId('scenario-card').first().waitFor();
  await broken.context().close();
});

test('on the first screen only the app’s own controls wait for it; it follows the link’s timer and mode, and is left out where it would be wrong', async () => {
  const [entry] = await catalogEntries();
  // The options and "Start" cannot be focused or clicked before the app is there (a choice
  // made there would be lost); the links and the language switch can.
  const page = await newPage(site.browser, { locale: 'pl-PL' });
  const release = await holdModule(page);
  await page.goto(`${site.server.url}#/play/${entry.id}?lang=hu&timer=strict&mode=exam`, { waitUntil: 'domcontentloaded' });
  const briefing = page.locator('#boot.first-screen #briefing-heading');
  await briefing.waitFor();
  assert.equal(await page.locator('#boot').evaluate((el) => el.inert), false);
  const reached = new Set();
  for (let i = 0; i < 25; i++) {
    await page.keyboard.press('Tab');
    reached.add(await page.evaluate(() => {
      const el = document.activeElement;
      return el?.closest('#boot') ? `${el.tagName}.${el.className}` : 'outside';
    }));
  }
  const inside = [...reached].filter((r) => r !== 'outside');
  assert.ok(inside.some((r) => r.startsWith('BUTTON.lang-option')), `the language switch is reached: ${inside}`);
  assert.ok(inside.some((r) => r.startsWith('A')), `links are reached: ${inside}`);
  assert.ok(!inside.some((r) => r.startsWith('INPUT') || r.startsWith('BUTTON.button') || r.startsWith('SUMMARY')), `the app's controls wait: ${inside}`);
  // The link's timer and mode are the ones ticked.
  assert.equal(await page.locator('#boot input[name=timer][value=strict]').isChecked(), true);
  assert.equal(await page.locator('#boot input[name=mode][value=exam]').isChecked(), true);
  release();
  await page.getByTestId('start-call').waitFor();
  await page.context().close();

  // A link that locks the options, or a call being resumed, shows the frame until the app.
  for (const [query, setup] of [
    ['?timer=strict&mode=exam&lock=1', null],
    ['', (id) => localStorage.setItem(`calmline.call.${id}`, 'v2 coach x 0')],
  ]) {
    const p = await newPage(site.browser, { locale: 'en-US' });
    if (setup) await p.addInitScript(setup, entry.id);
    const asked = recordRequests(p, site.server.url);
    const go = await holdModule(p);
    await p.goto(`${site.server.url}#/play/${entry.id}${query}`, { waitUntil: 'domcontentloaded' });
    await p.locator('#boot.first-screen .loading').waitFor();
    await p.waitForTimeout(500);
    assert.equal(await p.locator('#boot #briefing-heading').count(), 0, query || 'resuming');
    assert.equal(asked.filter((a) => a.startsWith('first/')).length, 0);
    go();
    await p.locator('main').first().waitFor();
    await p.context().close();
  }

  // A returning trainee's catalog is their own: the app shows it (the loading sign meanwhile).
  const back = await newPage(site.browser, { locale: 'en-US' });
  await back.addInitScript(() => localStorage.setItem('calmline.progress', 'x'));
  const go = await holdModule(back);
  await back.goto(site.server.url, { waitUntil: 'domcontentloaded' });
  await back.locator('#boot.boot').waitFor();
  assert.equal(await back.locator('#boot .card').count(), 0);
  go();
  await back.locator('#boot').waitFor({ state: 'detached' });
  await back.context().close();

  // A language code the app would not take is not taken here either.
  const odd = await newPage(site.browser, { locale: 'pl-PL' });
  const go2 = await holdModule(odd);
  await odd.goto(`${site.server.url}#/?lang=hun`, { waitUntil: 'domcontentloaded' });
  await odd.locator('#boot.first-screen h1').waitFor();
  assert.equal(await odd.evaluate(() => document.documentElement.lang), 'pl');
  go2();
  await odd.context().close();
});

test('before the module arrives a trainee can open a call, switch the language and skip to the content; the app opens where they are, with the keyboard where it was', async () => {
  const entries = await catalogEntries();
  const page = await newPage(site.browser, { locale: 'en-US' });
  const asked = recordRequests(page, site.server.url);
  const release = await holdModule(page);
  await page.goto(site.server.url, { waitUntil: 'domcontentloaded' });
  const first = page.locator('#boot.first-screen');
  await first.locator('.card').first().waitFor();
  // The skip link moves the keyboard to the content and leaves the address alone.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'main');
  assert.equal(await page.evaluate(() => location.hash), '');
  // Polish, chosen on the prerendered screen: shown at once and kept.
  await first.locator('.lang-option[lang=pl]').click();
  await first.locator('h1', { hasText: 'Rozmowy treningowe' }).waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'pl');
  assert.equal(await page.evaluate(() => localStorage.getItem('calmline.lang')), 'pl');
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('lang')), 'pl', 'the keyboard stays on the switch');
  // A card opens that call's briefing, in Polish, before the app: its heading takes the keyboard.
  const entry = entries[1];
  await first.locator(`.card a[href="#/play/${entry.id}"]`).click();
  await first.locator('#briefing-heading', { hasText: entry.title.pl }).waitFor();
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'briefing-heading');
  assert.ok(asked.some((a) => a.startsWith(`first/${entry.id}-pl.html`)), 'the briefing of the call picked, in Polish');
  assert.equal(await page.locator('[data-testid]').count(), 0, 'nothing of the live app yet');
  // Back to the catalog and into the call again: the screen follows the address.
  await page.goBack();
  await first.locator('.card').first().waitFor();
  await page.goForward();
  await first.locator('#briefing-heading', { hasText: entry.title.pl }).waitFor();
  await first.locator('#briefing-heading').focus();
  // The app comes: it opens that call's briefing in Polish, and the keyboard is on its heading.
  release();
  await page.getByTestId('start-call').waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'pl');
  assert.ok((await page.locator('#briefing-heading').innerText()).includes(entry.title.pl));
  await page.waitForFunction(() => document.activeElement?.id === 'briefing-heading');
  assert.deepEqual(page.problems, []);
  await page.context().close();

  // A link followed by keyboard on the catalog keeps its place when the app replaces the screen.
  const keys = await newPage(site.browser, { locale: 'en-US' });
  const go = await holdModule(keys);
  await keys.goto(site.server.url, { waitUntil: 'domcontentloaded' });
  await keys.locator('#boot.first-screen .card a').first().focus();
  const href = await keys.evaluate(() => document.activeElement.getAttribute('href'));
  go();
  await keys.getByTestId('scenario-card').first().waitFor();
  await keys.waitForFunction((h) => document.activeElement?.getAttribute('href') === h && !document.activeElement.closest('#boot'), href);
  await keys.context().close();
});

test('a debrief the tab showed comes back on a reload of its screen, not once the trainee left it before the app came', async () => {
  const [entry] = await catalogEntries();
  const page = await newPage(site.browser, { locale: 'en-US' });
  await startCallAt(page, site.server.url, entry.id, 'timer=off&seed=4');
  await playToEnd(page);
  await page.getByTestId('debrief').waitFor();
  await page.reload();
  await page.getByTestId('debrief').waitFor();
  // Reloaded again, and left for the catalog while the module is still on its way.
  const release = await holdModule(page);
  await page.reload({ waitUntil: 'domcontentloaded' });
  await page.goto(`${site.server.url}#/`);
  release();
  await page.getByTestId('scenario-card').first().waitFor();
  // That call opened again: its briefing, not the old debrief.
  await page.goto(`${site.server.url}#/play/${entry.id}?timer=off`);
  await page.getByTestId('start-call').waitFor();
  assert.equal(await page.getByTestId('debrief').count(), 0);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('before the module a screen reader meets a whole first screen: landmarks, one heading to start from, the cards as a list of links, a loading sign it hears, and nothing it could reach that waits for the app', async () => {
  const [entry] = await catalogEntries();
  for (const lang of ['pl', 'hu', 'en']) {
    for (const [screen, hash] of [['catalog', ''], ['trainer link', `#/play/${entry.id}?lang=${lang}`]]) {
      const page = await newPage(site.browser, { locale: lang });
      const release = await holdModule(page);
      await page.goto(`${site.server.url}${hash}`, { waitUntil: 'domcontentloaded' });
      const first = page.locator('#boot.first-screen');
      await first.locator(screen === 'catalog' ? '.card' : '#briefing-heading').first().waitFor();
      const where = `${lang} ${screen}`;
      assert.equal(await page.evaluate(() => document.documentElement.lang), lang, where);
      assert.deepEqual(await seriousA11yViolations(page), [], where);
      // What a screen reader reads out: the page's landmarks and one top heading.
      const tree = await page.locator('body').ariaSnapshot();
      for (const role of ['banner', 'main', 'contentinfo']) {
        assert.ok(tree.includes(`- ${role}`), `${where}: a ${role}\n${tree}`);
      }
      assert.equal((tree.match(/- heading .*\[level=1\]/g) ?? []).length, 1, `${where}: one top heading\n${tree}`);
      if (screen === 'catalog') {
        // Every card is an item of a list, with a link that names its call.
        const items = await first.getByRole('listitem').filter({ has: page.getByRole('link') }).count();
        assert.ok(items >= (await first.locator('.card').count()), `${where}: the cards are list items`);
        assert.ok(tree.includes(`link "${entry.title[lang]}`) || tree.includes(entry.title[lang]), `${where}: the call's title is read\n${tree}`);
      } else {
        // The call's own briefing, or its frame while it comes: a status the reader hears.
        const loading = await page.locator('#boot [role=status], #boot [aria-live]').count();
        const heading = await first.locator('#briefing-heading').count();
        assert.ok(loading + heading > 0, `${where}: a status or the briefing's heading`);
      }
      // What waits for the app is out of the reader's reach: inert, so neither read as a
      // control that would do nothing nor reached by Tab (checked as the keyboard goes).
      const waiting = await page.evaluate(() => [...document.querySelectorAll('#boot input, #boot select, #boot button.button, #boot summary')]
        .filter((el) => !el.closest('[inert]')).map((el) => el.outerHTML.slice(0, 80)));
      assert.deepEqual(waiting, [], `${where}: controls only the app can answer are inert`);
      release();
      await page.locator('#boot').waitFor({ state: 'detached' });
      assert.deepEqual(page.problems, [], where);
      await page.context().close();
    }
  }
});
