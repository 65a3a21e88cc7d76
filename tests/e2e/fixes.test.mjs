// Issue 12, item 5 (part E): reloads keep coach feedback and the debrief; leaving a call asks
// first; a loading sign before the module runs; the printed debrief is a record; reflections per
// attempt; `&amp;` links; one plain notice for a bad link; "clear my data".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clickStart, launchBrowser, newPage, playToEnd, screenshot, seriousA11yViolations, useSite, startCallAt } from './helpers.mjs';

const ID = 'shouter-late-delivery';

const site = useSite();

/** Opens the briefing with `query` and starts the call; waits for the first replies. */
function startCall(page, query) {
  return startCallAt(page, site.server.url, ID, query);
}

/** The keys CalmLine keeps in local and session storage. */
function storedKeys(page) {
  return page.evaluate(() => {
    const keys = (s) => Array.from({ length: s.length }, (_, i) => s.key(i));
    return { local: keys(localStorage).filter((k) => k.startsWith('calmline.')), session: keys(sessionStorage) };
  });
}

test('a reload during coach feedback shows the same feedback again, then the call goes on', async () => {
  const page = await newPage(site.browser, { locale: 'en-US' });
  await startCall(page, 'timer=standard&mode=coach&seed=6');
  await page.getByTestId('reply').first().click();
  const feedback = page.getByTestId('coach-feedback');
  await feedback.waitFor();
  const text = await feedback.innerText();
  await page.reload();
  await feedback.waitFor();
  assert.equal(await feedback.innerText(), text);
  assert.equal(await page.getByTestId('reply').count(), 0, 'no replies while the feedback is open');
  // Restored paused, as the notice says (QA13): one Resume; the feedback stays to be read.
  await page.getByTestId('paused').waitFor();
  assert.equal(await page.getByTestId('resume').count(), 1);
  await page.getByTestId('resume').click();
  await page.getByTestId('paused').waitFor({ state: 'detached' });
  await page.getByTestId('continue').click();
  await page.getByTestId('reply').first().waitFor();
  assert.equal(await page.getByTestId('agent-line').count(), 1, 'the move before the reload is kept');
  await page.context().close();
});

test('a reload on the debrief shows that debrief again until the trainee leaves it', async () => {
  const page = await newPage(site.browser, { locale: 'en-US' });
  await startCall(page, 'timer=off&mode=exam&seed=7');
  await playToEnd(page, { position: 2 });
  const score = await page.getByTestId('debrief-score').getAttribute('data-score');
  await page.reload();
  await page.getByTestId('debrief').waitFor();
  assert.equal(await page.getByTestId('debrief-score').getAttribute('data-score'), score);
  assert.equal(await page.getByTestId('start-call').count(), 0);
  // Leaving it (another try) ends that: a reload then shows the briefing.
  await page.getByTestId('retry').click();
  await page.getByTestId('start-call').waitFor();
  await page.reload();
  await page.getByTestId('start-call').waitFor();
  assert.equal(await page.getByTestId('debrief').count(), 0);
  await page.context().close();
});

test('Back and in-app links ask before leaving a call, in an accessible dialog; the call is kept', async () => {
  const page = await newPage(site.browser, { locale: 'en-US' });
  await page.goto(`${site.server.url}#/`);
  await page.getByTestId('scenario-card').first().waitFor();
  await startCall(page, 'timer=standard&mode=exam&seed=3');
  await page.getByTestId('reply').first().click();
  await page.getByTestId('agent-line').first().waitFor();
  // The browser's Back: the app asks, the call stays on screen and is paused.
  await page.goBack();
  const dialog = page.getByTestId('leave-dialog');
  await dialog.waitFor();
  assert.equal(await page.getByRole('dialog', { name: 'Leave this call?' }).count(), 1);
  assert.ok(page.url().includes(`#/play/${ID}`), page.url());
  assert.equal(await page.evaluate(() => document.activeElement.dataset.testid), 'leave-stay');
  assert.deepEqual(await seriousA11yViolations(page), []);
  await screenshot(page, 'fixes-leave-dialog');
  await page.getByTestId('leave-stay').click();
  await dialog.waitFor({ state: 'detached' });
  await page.getByTestId('paused').waitFor();
  await page.getByTestId('resume').click();
  await page.getByTestId('reply').first().waitFor();
  // Escape means staying too.
  await page.locator('a.brand').click();
  await dialog.waitFor();
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
  assert.ok(page.url().includes(`#/play/${ID}`));
  // Leaving: the catalog, with the call kept to resume.
  await page.locator('a.brand').click();
  await page.getByTestId('leave-confirm').click();
  await page.getByTestId('scenario-card').first().waitFor();
  assert.ok(await page.evaluate((id) => localStorage.getItem(`calmline.call.${id}`) !== null, ID));
  // Back on the catalog, nothing asks.
  await page.goto(`${site.server.url}#/settings`);
  await page.getByTestId('settings-page').waitFor();
  assert.equal(await dialog.count(), 0);
  await page.context().close();
});

test('closing the tab during a call asks the browser first; the call is kept', async () => {
  // A browser of its own: closing a page with its unload handlers run is hard on the browser.
  const own = await launchBrowser();
  const page = await newPage(own, { locale: 'en-US' });
  await startCall(page, 'timer=standard&mode=exam&seed=3');
  await page.getByTestId('reply').first().click();
  await page.getByTestId('agent-line').first().waitFor();
  const asked = new Promise((resolve) => page.once('dialog', async (d) => { resolve(d.type()); await d.accept(); }));
  await page.close({ runBeforeUnload: true });
  assert.equal(await asked, 'beforeunload');
  const again = await page.context().newPage();
  await again.goto(`${site.server.url}#/play/${ID}`);
  await again.getByTestId('paused').waitFor();
  assert.equal(await again.getByTestId('agent-line').count(), 1);
  await own.close();
});

test('a loading sign shows at once, labelled in the trainee\'s language, and the app replaces it', async () => {
  // A screen that is not prerendered (the catalog and a call's briefing are: first-paint.test.mjs)
  // shows the breathing mark until the app is there.
  for (const [locale, label, query] of [
    ['pl-PL', 'Wczytywanie CalmLine…', '#/settings'],
    ['en-US', 'A CalmLine betöltése…', 'index.html?lang=hu#/settings'],
  ]) {
    const page = await newPage(site.browser, { locale });
    let release;
    const held = new Promise((resolve) => { release = resolve; });
    await page.route('**/*.wasm', async (route) => { await held; await route.continue(); });
    await page.goto(`${site.server.url}${query}`, { waitUntil: 'domcontentloaded' });
    const sign = page.getByRole('progressbar', { name: label });
    await sign.waitFor();
    assert.equal(await sign.getAttribute('aria-busy'), 'true');
    assert.ok((await sign.boundingBox()).height > 0);
    const animated = await page.locator('.boot-mark').evaluate((el) => getComputedStyle(el).animationName);
    assert.equal(animated, 'boot-breathe');
    release();
    await page.locator('#main').waitFor();
    await page.locator('#boot').waitFor({ state: 'detached' });
    await page.context().close();
  }
  // An LMS launch names its call in the query: the call's frame (then its briefing) shows, in
  // the link's language.
  const lms = await newPage(site.browser, { locale: 'en-US' });
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await lms.route('**/*.wasm', async (route) => { await held; await route.continue(); });
  await lms.goto(`${site.server.url}index.html?lms=scorm12&scenario=${ID}&lang=hu`, { waitUntil: 'domcontentloaded' });
  await lms.locator('#boot.first-screen .lang-option.is-current[lang=hu]').waitFor();
  assert.equal(await lms.locator('#boot.first-screen main').count(), 1);
  release();
  await lms.locator('#boot').waitFor({ state: 'detached' });
  await lms.context().close();
  // With reduced motion the mark stands still.
  const context = await site.browser.newContext({ reducedMotion: 'reduce' });
  const still = await context.newPage();
  await still.route('**/*.wasm', (route) => route.abort());
  await still.goto(`${site.server.url}#/settings`, { waitUntil: 'domcontentloaded' });
  assert.equal(await still.locator('.boot-mark').evaluate((el) => getComputedStyle(el).animationName), 'none');
  await context.close();
});

test('the printed debrief is a record: name, date, version, seed, attempt, reflection; readable legends', async () => {
  const page = await newPage(site.browser, { locale: 'en-US' });
  await startCall(page, 'timer=off&mode=exam&seed=7');
  await playToEnd(page, { position: 1 });
  await page.getByTestId('record-name-input').fill('Ewa Nowak');
  await page.getByTestId('reflection-went-well').fill('I let the customer vent.');
  await page.getByTestId('reflection-to-change').fill('Name the next step sooner.');
  const today = new Date().toISOString().slice(0, 10);
  await page.emulateMedia({ media: 'print' });
  const record = page.getByTestId('record');
  const text = await record.innerText();
  for (const want of ['Ewa Nowak', today, 'Attempt', '1', 'Call variant', '7']) {
    assert.ok(text.includes(want), `${want} in ${text}`);
  }
  // The call's variant: its version and the customer's seed, only on paper.
  assert.match((await page.getByTestId('record-seed').innerText()).trim(), /^\d+\.7$/);
  assert.equal((await page.getByTestId('record-attempt').innerText()).trim(), '1');
  assert.equal(await page.getByTestId('record-name-input').isVisible(), false);
  // The reflection is printed as text, not as form fields.
  assert.equal(await page.getByTestId('print-went-well').innerText(), 'I let the customer vent.');
  assert.equal(await page.getByTestId('print-to-change').innerText(), 'Name the next step sooner.');
  assert.equal(await page.getByTestId('reflection-went-well').isVisible(), false);
  // Legends and badges are drawn with borders, not only background colours.
  const legend = await page.locator('.legend-item').evaluateAll((items) =>
    items.map((el) => {
      const s = getComputedStyle(el, '::before');
      return { width: parseFloat(s.borderTopWidth), style: s.borderTopStyle, bg: s.backgroundColor };
    }));
  assert.equal(legend.length, 4);
  for (const l of legend) {
    assert.ok(l.width >= 2 && l.style !== 'none', JSON.stringify(l));
    assert.equal(l.bg, 'rgba(0, 0, 0, 0)');
  }
  assert.equal(new Set(legend.map((l) => `${l.width}${l.style}`)).size >= 3, true, 'the marks differ by shape');
  const badge = await page.locator('.review-step .badge').first().evaluate((el) => {
    const s = getComputedStyle(el);
    return { border: s.borderTopStyle, bg: s.backgroundColor };
  });
  assert.notEqual(badge.border, 'none');
  assert.equal(badge.bg, 'rgba(0, 0, 0, 0)');
  // No heading is left alone at a page end.
  const breaks = await page.locator('.debrief h2').evaluateAll((hs) => hs.map((h) => getComputedStyle(h).breakAfter));
  assert.ok(breaks.length > 3 && breaks.every((b) => b === 'avoid'), breaks.join());
  const inside = await page.locator('.record, .reflection, .review-step').evaluateAll((els) => els.map((e) => getComputedStyle(e).breakInside));
  assert.ok(inside.every((b) => b === 'avoid'), inside.join());
  const pdf = await page.pdf({ format: 'A4', printBackground: false });
  assert.ok(pdf.length > 10_000 && pdf.subarray(0, 5).toString() === '%PDF-');
  await page.context().close();
});

test('each attempt has its own reflection; earlier ones are kept and shown read-only', async () => {
  const page = await newPage(site.browser, { locale: 'en-US' });
  await page.addInitScript((id) => {
    if (!sessionStorage.getItem('seeded')) {
      sessionStorage.setItem('seeded', '1');
      // A note kept before attempts were: it becomes attempt 1's.
      localStorage.setItem(`calmline.reflection.${id}`, 'v1\nOld calm\u0000Old change');
      localStorage.setItem('calmline.progress', `v2 ${id}:40:1:0`);
    }
  }, ID);
  await startCall(page, 'timer=off&mode=exam&seed=8');
  await playToEnd(page, { position: 1 });
  assert.equal(await page.getByTestId('record-attempt').innerText(), '2');
  assert.equal(await page.getByTestId('reflection-went-well').inputValue(), '', 'a new attempt starts empty');
  const history = page.getByTestId('reflection-history');
  assert.equal(await history.evaluate((d) => d.open), false, 'collapsed');
  await history.locator('summary').click();
  const first = page.locator('[data-testid=reflection-earlier][data-attempt="1"]');
  assert.ok((await first.innerText()).includes('Old calm'));
  assert.equal(await first.locator('textarea, input').count(), 0, 'read-only');
  await page.getByTestId('reflection-went-well').fill('Second try: calmer');
  await page.getByTestId('retry').click();
  await clickStart(page);
  await playToEnd(page, { position: 2 });
  assert.equal(await page.getByTestId('record-attempt').innerText(), '3');
  assert.equal(await page.getByTestId('reflection-went-well').inputValue(), '');
  await page.getByTestId('reflection-history').locator('summary').click();
  const earlier = page.getByTestId('reflection-earlier');
  assert.deepEqual(await earlier.evaluateAll((els) => els.map((e) => e.dataset.attempt)), ['2', '1']);
  assert.ok((await earlier.first().innerText()).includes('Second try: calmer'));
  assert.ok((await earlier.last().innerText()).includes('Old calm'));
  assert.deepEqual(await seriousA11yViolations(page), []);
  // Damaged notes are dropped without breaking the debrief.
  await page.evaluate((id) => localStorage.setItem(`calmline.reflection.${id}`, 'v2\u001ezz'), ID);
  await page.reload();
  await page.getByTestId('debrief').waitFor();
  assert.equal(await page.getByTestId('reflection-history').count(), 0);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('a link pasted with &amp; between its parameters keeps its options', async () => {
  const page = await newPage(site.browser, { locale: 'en-US' });
  await page.goto(`${site.server.url}#/play/${ID}?lang=hu&amp;timer=strict&amp;mode=exam`);
  await page.getByTestId('timer-strict').waitFor();
  assert.ok(await page.getByTestId('timer-strict').isChecked());
  assert.ok(await page.getByTestId('mode-exam').isChecked());
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'hu');
  assert.equal(await page.getByTestId('notice').count(), 0);
  await page.context().close();
});

test('a link with several bad parameters gives one plain notice, with the details for a trainer', async () => {
  const page = await newPage(site.browser, { locale: 'en-US' });
  await page.goto(`${site.server.url}#/play/${ID}?timer=turbo&mode=zen&seed=-4&lock=maybe`);
  await page.getByTestId('start-call').waitFor();
  const notice = page.getByTestId('notice');
  assert.equal(await notice.count(), 1);
  const shown = await notice.innerText();
  assert.ok(shown.startsWith('The link you opened had some settings CalmLine could not use'), shown);
  for (const word of ['turbo', 'zen', '-4', 'maybe']) assert.ok(!shown.includes(word), `${word} hidden: ${shown}`);
  const details = page.getByTestId('bad-link-details');
  await details.locator('summary').click();
  const params = await page.getByTestId('bad-link-param').allInnerTexts();
  assert.equal(params.length, 4);
  for (const [i, [name, value]] of [['timer', 'turbo'], ['mode', 'zen'], ['seed', '-4'], ['lock', 'maybe']].entries()) {
    assert.ok(params[i].includes(name) && params[i].includes(value), params[i]);
  }
  assert.deepEqual(await seriousA11yViolations(page), []);
  // Another bad link opened in the same tab replaces the notice rather than stacking one more.
  await page.goto(`${site.server.url}#/?timer=warp`);
  await page.getByTestId('bad-link-details').filter({ hasText: 'warp' }).waitFor();
  assert.equal(await notice.count(), 1);
  await page.context().close();
});

test('"clear my data" removes everything CalmLine keeps in this browser, after asking', async () => {
  const page = await newPage(site.browser, { locale: 'en-US' });
  await startCall(page, 'timer=off&mode=exam&seed=9');
  await playToEnd(page, { position: 1 });
  await page.getByTestId('reflection-went-well').fill('kept until cleared');
  // An unfinished call of another scenario, a saved setting, and another site's key.
  await page.evaluate(() => {
    localStorage.setItem('calmline.call.angry-refund', 'v3 exam CL2.angry-refund.1.1.s.0.0.x 0 0');
    localStorage.setItem('calmline.lang', 'en');
    localStorage.setItem('other-app.token', 'not ours');
  });
  await page.goto(`${site.server.url}#/`);
  await page.getByTestId('card-record').first().waitFor();
  const before = await storedKeys(page);
  assert.ok(before.local.length >= 3, before.local.join());
  await page.goto(`${site.server.url}#/settings`);
  await page.getByTestId('clear-data').click();
  await page.getByTestId('clear-data-confirm').waitFor();
  assert.equal(await page.evaluate(() => document.activeElement.dataset.testid), 'clear-data-cancel');
  assert.deepEqual(await seriousA11yViolations(page), []);
  // Cancelling keeps everything.
  await page.getByTestId('clear-data-cancel').click();
  assert.deepEqual(await storedKeys(page), before);
  await page.getByTestId('clear-data').click();
  await Promise.all([page.waitForEvent('load'), page.getByTestId('clear-data-yes').click()]);
  await page.getByTestId('scenario-card').first().waitFor();
  const afterKeys = await storedKeys(page);
  // Only the language the trainee chose stays (qa-fixes.test.mjs checks it in Polish).
  assert.deepEqual(afterKeys.local, ['calmline.lang']);
  assert.equal(await page.evaluate(() => localStorage.getItem('other-app.token')), 'not ours');
  assert.deepEqual(afterKeys.session.filter((k) => k !== 'seeded'), []);
  assert.equal(await page.getByTestId('card-record').count(), 0);
  assert.equal(await page.getByTestId('card-unfinished').count(), 0);
  assert.ok(page.url().endsWith('#/'), page.url());
  await page.context().close();
});
