// A trainer's locked link (`lock=1`) on the release build: the briefing states the timer and
// mode instead of offering them, neither the briefing nor the settings change them, the call and
// a reload keep them, and re-sharing keeps the seed and the lock. Also: scores kept by the
// earlier scoring model are reset once, with a notice, keeping the completions.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clickStart, newPage, playToEnd, screenshot, seriousA11yViolations, useSite } from './helpers.mjs';

const ID = 'shouter-late-delivery';
const LOCKED = 'timer=strict&mode=exam&seed=21&lock=1';
const site = useSite();

/** The reply time left on the first turn of a call started with this query. */
async function firstReplyTime(page, query) {
  await page.goto(`${site.server.url}#/play/${ID}?${query}`);
  await clickStart(page);
  await page.getByTestId('reply').first().waitFor();
  return Number(await page.getByTestId('timer').getAttribute('data-remaining-ms'));
}

test("a locked link fixes the trainer's timer and mode, through the settings, the call and a reload", async () => {
  const page = await newPage(site.browser, { locale: 'en-US' });
  const standard = await firstReplyTime(page, 'timer=standard&mode=coach&seed=21');
  // The trainee's own settings say otherwise: no time limit, coach mode. (Leaving the call asks
  // first.)
  await page.goto(`${site.server.url}#/settings`);
  await page.getByTestId('leave-confirm').click();
  await page.getByTestId('setting-timer-off').check();
  await page.getByTestId('setting-mode-coach').check();

  await page.goto(`${site.server.url}#/play/${ID}?${LOCKED}`);
  await page.getByTestId('start-call').waitFor();
  const locked = page.getByTestId('locked-choices');
  assert.ok((await locked.innerText()).includes('Set by your trainer'));
  assert.equal(await page.getByTestId('locked-timer').getAttribute('data-value'), 'strict');
  assert.equal(await page.getByTestId('locked-mode').getAttribute('data-value'), 'exam');
  assert.equal(await page.locator('input[name=timer], input[name=mode]').count(), 0, 'nothing to change');
  assert.deepEqual(await seriousA11yViolations(page), []);
  await screenshot(page, 'briefing-locked-en');

  // The settings screen cannot override the lock either: back on the link, it still holds.
  await page.goto(`${site.server.url}#/settings`);
  await page.getByTestId('setting-timer-relaxed').check();
  await page.getByTestId('setting-mode-coach').check();
  await page.goBack();
  await page.getByTestId('start-call').waitFor();
  assert.equal(await page.getByTestId('locked-timer').getAttribute('data-value'), 'strict');
  assert.equal(await page.getByTestId('locked-mode').getAttribute('data-value'), 'exam');

  // Re-sharing keeps the seed and the lock; the lock can be left out.
  await page.getByTestId('share').locator('summary').click();
  assert.ok(await page.getByTestId('share-same-call').isChecked());
  assert.ok(await page.getByTestId('share-lock').isChecked());
  const shared = await page.getByTestId('share-link').inputValue();
  assert.match(shared, new RegExp(`#/play/${ID}\\?lang=en&timer=strict&mode=exam&seed=21&lock=1$`));
  await page.getByTestId('share-lock').uncheck();
  assert.match(await page.getByTestId('share-link').inputValue(), /&seed=21$/);
  await page.getByTestId('share-lock').check();
  assert.equal(await page.getByTestId('share-link').inputValue(), shared);

  // The call runs with the strict timer (60 % of the standard time) in exam mode.
  await clickStart(page);
  await page.getByTestId('reply').first().waitFor();
  const strict = Number(await page.getByTestId('timer').getAttribute('data-remaining-ms'));
  // (Read a moment after the start, so within a second or two.)
  assert.ok(Math.abs(strict - 0.6 * standard) < 2_000, `strict ${strict} vs standard ${standard}`);
  // More time and pause stay available.
  assert.ok(await page.getByTestId('more-time').isEnabled());
  assert.ok(await page.getByTestId('pause').isEnabled());
  const before = await page.getByTestId('agent-line').count();
  await page.getByTestId('reply').first().click();
  await page.waitForFunction((n) => document.querySelectorAll('[data-testid=agent-line]').length > n, before);
  assert.equal(await page.getByTestId('coach-feedback').count(), 0, 'exam mode: no feedback during the call');

  // A reload resumes the call in the same timer and mode.
  await page.reload();
  await page.getByTestId('paused').waitFor();
  await page.getByTestId('resume').click();
  await page.getByTestId('reply').first().waitFor();
  assert.ok(await page.getByTestId('timer').getAttribute('data-remaining-ms'), 'a running reply timer');
  await page.getByTestId('reply').first().click();
  // (This reply may end the call: then the debrief shows.)
  await page.waitForFunction(
    (n) => document.querySelectorAll('[data-testid=agent-line]').length > n || document.querySelector('[data-testid=debrief]'),
    before + 1,
  );
  assert.equal(await page.getByTestId('coach-feedback').count(), 0, 'still exam mode after the reload');
  await playToEnd(page);
  await page.getByTestId('debrief').waitFor();
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('a locked link in Polish and Hungarian states the choices in that language', async () => {
  for (const [lang, heading] of [['pl', 'Ustawione przez prowadzącego szkolenie'], ['hu', 'Az oktatód állította be']]) {
    const page = await newPage(site.browser, { locale: lang });
    await page.goto(`${site.server.url}#/play/${ID}?lang=${lang}&${LOCKED}`);
    await page.getByTestId('start-call').waitFor();
    assert.ok((await page.getByTestId('locked-choices').innerText()).includes(heading));
    assert.deepEqual(await seriousA11yViolations(page), [], lang);
    await screenshot(page, `briefing-locked-${lang}`);
    await page.context().close();
  }
});

test('an unfinished call in another mode is not resumed under a locked link', async () => {
  const page = await newPage(site.browser, { locale: 'en-US' });
  await page.goto(`${site.server.url}#/play/${ID}?timer=off&mode=coach&seed=22`);
  await clickStart(page);
  await page.getByTestId('reply').first().click();
  await page.getByTestId('coach-feedback').waitFor();
  // The trainer's link, opened in another tab of the same browser.
  const locked = await page.context().newPage();
  await locked.goto(`${site.server.url}#/play/${ID}?${LOCKED}`);
  await locked.getByTestId('locked-choices').waitFor();
  assert.equal(await locked.getByTestId('paused').count(), 0, 'the briefing, not the coach-mode call');
  // A bad lock value is ignored, with a notice naming it: the link only preselects.
  await locked.goto(`${site.server.url}#/play/${ID}?timer=strict&mode=exam&lock=yes`);
  await locked.getByTestId('notices').filter({ hasText: /lock\W+value\W+yes/ }).waitFor();
  await locked.getByTestId('timer-strict').waitFor();
  assert.equal(await locked.getByTestId('locked-choices').count(), 0);
  assert.ok(await locked.getByTestId('timer-strict').isChecked());
  assert.ok(await locked.getByTestId('mode-exam').isChecked());
  await page.context().close();
});

test('scores from the earlier scoring model are reset once, with a notice, keeping completions', async () => {
  const page = await newPage(site.browser, { locale: 'pl-PL' });
  await page.addInitScript((id) => {
    if (!sessionStorage.getItem('seeded')) {
      sessionStorage.setItem('seeded', '1');
      localStorage.setItem('calmline.progress', `v1 ${id}:90:3:1`);
    }
  }, ID);
  await page.goto(site.server.url);
  const card = page.locator(`[data-testid=scenario-card][data-id="${ID}"]`);
  await card.getByTestId('card-record').waitFor();
  const notices = await page.getByTestId('notices').innerText();
  assert.ok(notices.includes('zmienił się sposób oceniania'), notices);
  const record = await card.getByTestId('card-record').innerText();
  for (const part of ['Jeszcze niezaliczona', 'brak (nowa punktacja)', '3 podejścia']) {
    assert.ok(record.includes(part), `${part} in ${record}`);
  }
  assert.equal(await page.evaluate(() => localStorage.getItem('calmline.progress')), `v2 ${ID}:-:3:0`);
  await screenshot(page, 'catalog-scores-reset-pl');
  // Shown once: the next start finds the new form.
  await page.reload();
  await card.getByTestId('card-record').waitFor();
  assert.equal(await page.getByTestId('notice').count(), 0);
  // The next call scored under the new model is the best score again.
  await page.goto(`${site.server.url}#/play/${ID}?timer=off&mode=exam&seed=23`);
  await clickStart(page);
  await playToEnd(page);
  await page.getByTestId('debrief').waitFor();
  await page.goto(site.server.url);
  await card.getByTestId('card-record').waitFor();
  const after = await card.getByTestId('card-record').innerText();
  assert.match(after, /Najlepszy wynik: \d+/);
  assert.ok(after.includes('4 podejścia'), after);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test("an LMS package's launch URL opens its call, in its language, with its options locked", async () => {
  // The launch URL `cargo xtask package` writes into every manifest (docs/lms-packages.md); some
  // LMSs add their own query parameters, and no hash is needed.
  const page = await newPage(site.browser, { locale: 'en-US' });
  await page.goto(`${site.server.url}index.html?lms=scorm2004&scenario=${ID}&lang=hu&timer=strict&mode=exam&lms_session=42`);
  await page.locator('html[lang=hu]').waitFor();
  await page.getByTestId('start-call').waitFor();
  assert.equal(await page.getByTestId('locked-timer').getAttribute('data-value'), 'strict');
  assert.equal(await page.getByTestId('locked-mode').getAttribute('data-value'), 'exam');
  assert.equal(await page.locator('input[name=timer], input[name=mode]').count(), 0, 'nothing to change');
  assert.equal(await page.getByTestId('share').count(), 0, 'a learner in a launch has no trainer panel');
  await clickStart(page);
  await page.getByTestId('reply').first().waitFor();
  // A package's fixed timer never removes "More time" or pause (adjustable timing stays).
  const remaining = Number(await page.getByTestId('timer').getAttribute('data-remaining-ms'));
  await page.getByTestId('more-time').click();
  await page.waitForFunction(
    (r) => Number(document.querySelector('[data-testid=timer]').getAttribute('data-remaining-ms')) > r + 10_000,
    remaining,
  );
  await page.getByTestId('pause').click();
  await page.getByTestId('paused').waitFor();
  await page.getByTestId('resume').click();
  await page.getByTestId('reply').first().waitFor();
  // A tampered package parameter is named, and the call still opens.
  const bad = await newPage(site.browser, { locale: 'en-US' });
  await bad.goto(`${site.server.url}index.html?lms=moodle&scenario=${ID}&pass=99`);
  await bad.getByTestId('start-call').waitFor();
  await bad.getByTestId('notices').filter({ hasText: /lms\W+value\W+moodle/ }).waitFor();
  await bad.getByTestId('notices').filter({ hasText: /pass\W+value\W+99/ }).waitFor();
  assert.deepEqual(page.problems, []);
  assert.deepEqual(bad.problems, []);
  await page.context().close();
  await bad.context().close();
});
