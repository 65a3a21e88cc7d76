// The call screen's behaviour on the release build: the timer running out, more time, pause,
// coach feedback, switching language mid-call, a reload that resumes (with the reply clock where
// it was, and no more time banked while paused), a call played with the keyboard alone, bad
// links and damaged saved data, and the layouts of every screen.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clickStart, newPage, playToEnd, screenshot, seriousA11yViolations, serveStatic, useSite, startCallAt, skipSpeaking, toDebrief } from './helpers.mjs';

const ID = 'shouter-late-delivery';
const site = useSite();

function startCall(page, query) {
  return startCallAt(page, site.server.url, ID, query);
}

async function reply(page, position = 1) {
  const before = await page.getByTestId('agent-line').count();
  await page.getByTestId('reply').nth(position - 1).click();
  await page.waitForFunction((n) => document.querySelectorAll('[data-testid=agent-line]').length > n, before);
  if (await page.getByTestId('continue').count()) await page.getByTestId('continue').click();
  // The customer's answer is delivered at once (its delay is tested in call-feel.test.mjs).
  await page.waitForSelector('[data-testid=skip-speaking], [data-testid=reply], [data-testid=hangup]');
  await skipSpeaking(page);
}

test('when the timer runs out, the customer reacts to the silence', async () => {
  const page = await newPage(site.browser, { locale: 'en-US' });
  await page.clock.install();
  await startCall(page, 'timer=strict&mode=exam&seed=3');
  const lines = await page.getByTestId('customer-line').count();
  const remaining = Number(await page.getByTestId('timer').getAttribute('data-remaining-ms'));
  assert.ok(remaining > 5_000 && remaining <= 180_000, `${remaining}`);
  await page.clock.fastForward(remaining + 1_000);
  await page.locator('.bubble-event', { hasText: '(you say nothing)' }).waitFor();
  // The customer's reaction is said, then shown.
  await page.clock.runFor(3_100);
  assert.equal(await page.getByTestId('customer-line').count(), lines + 1);
  // The timer restarts for the next reply.
  await page.clock.fastForward(500);
  const again = Number(await page.getByTestId('timer').getAttribute('data-remaining-ms'));
  assert.ok(again > 1_000, `${again}`);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('more time and pause keep the reply from timing out', async () => {
  const page = await newPage(site.browser, { locale: 'en-US' });
  await page.clock.install();
  await startCall(page, 'timer=strict&mode=exam&seed=4');
  const remaining = Number(await page.getByTestId('timer').getAttribute('data-remaining-ms'));
  await page.getByTestId('more-time').click();
  await page.clock.fastForward(remaining + 1_000);
  assert.equal(await page.locator('.bubble-event').count(), 0, 'twenty more seconds were given');
  await page.getByTestId('pause').click();
  await page.getByTestId('paused').waitFor();
  assert.equal(await page.getByTestId('reply').count(), 0, 'replies are hidden while paused');
  await page.clock.fastForward(600_000);
  assert.equal(await page.locator('.bubble-event').count(), 0, 'a paused call does not time out');
  await page.getByTestId('resume').click();
  await page.getByTestId('reply').first().waitFor();
  // A hidden tab stops the clock too.
  const hide = (hidden) =>
    page.evaluate((h) => {
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => (h ? 'hidden' : 'visible') });
      document.dispatchEvent(new Event('visibilitychange'));
    }, hidden);
  await hide(true);
  await page.clock.fastForward(600_000);
  assert.equal(await page.locator('.bubble-event').count(), 0, 'a hidden tab does not time out');
  await hide(false);
  await page.clock.fastForward(25_000);
  await page.locator('.bubble-event').first().waitFor();
  await page.context().close();
});

test('a warning is announced once when ten seconds are left', async () => {
  const page = await newPage(site.browser, { locale: 'pl-PL' });
  await page.clock.install();
  await startCall(page, 'timer=standard&mode=exam&seed=5');
  const remaining = Number(await page.getByTestId('timer').getAttribute('data-remaining-ms'));
  assert.equal((await page.getByTestId('timer-announcement').textContent()).trim(), '');
  await page.clock.fastForward(remaining - 9_000);
  await page.getByTestId('timer-announcement').filter({ hasText: 'Zostało 10 sekund' }).waitFor();
  await page.context().close();
});

test('coach mode explains each reply before the next one', async () => {
  const page = await newPage(site.browser, { locale: 'hu-HU' });
  await startCall(page, 'timer=off&mode=coach&seed=6');
  await page.getByTestId('reply').first().click();
  const feedback = page.getByTestId('coach-feedback');
  await feedback.waitFor();
  assert.ok((await feedback.innerText()).includes('A tréner visszajelzése'));
  assert.equal(await page.getByTestId('reply').count(), 0);
  assert.equal(await page.evaluate(() => document.activeElement.dataset.testid), 'continue');
  await page.getByTestId('continue').click();
  await page.getByTestId('reply').first().waitFor();
  await page.context().close();
});

test('switching language mid-call redraws the whole conversation', async () => {
  const page = await newPage(site.browser, { locale: 'en-US' });
  await startCall(page, 'timer=off&mode=exam&seed=22');
  await reply(page, 1);
  await reply(page, 2);
  const english = await page.locator('.transcript').innerText();
  const englishReplies = await page.getByTestId('reply').allInnerTexts();
  await page.getByTestId('lang-pl').click();
  await page.locator('html[lang=pl]').waitFor();
  const polish = await page.locator('.transcript').innerText();
  assert.notEqual(polish, english);
  assert.equal(await page.getByTestId('customer-line').count(), 3);
  assert.ok(polish.includes('Ty'), polish);
  assert.ok(/[ąćęłńóśźż]/.test(polish), `Polish text expected: ${polish}`);
  const polishReplies = await page.getByTestId('reply').allInnerTexts();
  assert.equal(polishReplies.length, englishReplies.length);
  assert.notDeepEqual(polishReplies, englishReplies);
  assert.equal((await page.getByTestId('end-call').textContent()).trim(), 'Zakończ rozmowę');
  await playToEnd(page);
  await page.getByRole('heading', { level: 1, name: 'Omówienie rozmowy' }).waitFor();
  await page.context().close();
});

test('a reload in the middle of a call resumes it, paused, where it was', async () => {
  const page = await newPage(site.browser, { locale: 'en-US' });
  await startCall(page, 'timer=standard&mode=exam&seed=8');
  // Two replies that keep the call going (the deal is fixed by the page's seeded Math.random).
  await reply(page, 1);
  await reply(page, 2);
  const transcript = await page.locator('.transcript').innerText();
  await page.reload();
  await page.getByTestId('paused').waitFor();
  assert.equal(await page.locator('.transcript').innerText(), transcript);
  assert.ok((await page.getByTestId('notices').innerText()).includes('restored'));
  await page.getByTestId('resume').click();
  await page.getByTestId('reply').first().waitFor();
  const moves = await playToEnd(page);
  assert.equal(await page.getByTestId('review-step').count(), moves + 2);
  // The finished call is no longer offered for resuming.
  await page.goto(site.server.url);
  await page.getByTestId('scenario-card').first().waitFor();
  assert.equal(await page.getByTestId('resume-banner').count(), 0);
  await page.context().close();
});

/** A strict exam call on a fake clock with 6 s of its first reply used: the page, the time the
 * turn had, and a reader of the time left. */
async function strictCallSixSecondsIn() {
  const page = await newPage(site.browser, { locale: 'en-US' });
  await page.clock.install();
  await startCall(page, 'timer=strict&mode=exam&seed=17');
  const remaining = async () => Number(await page.getByTestId('timer').getAttribute('data-remaining-ms'));
  const full = await remaining();
  await page.clock.fastForward(6_000);
  await page.waitForFunction(
    (f) => Number(document.querySelector('[data-testid=timer]').dataset.remainingMs) <= f - 6_000,
    full,
  );
  return { page, full, remaining };
}

test('a reload keeps the time already used, and more time cannot be banked while paused', async () => {
  const { page, full, remaining } = await strictCallSixSecondsIn();
  // Reloading does not give the time back: the turn resumes, paused, with what was left.
  await page.reload();
  await page.getByTestId('paused').waitFor();
  const afterReload = await remaining();
  assert.ok(afterReload <= full - 6_000, `${afterReload} ms left of ${full} after the reload`);
  assert.ok(afterReload > 0, `${afterReload}`);
  // While paused, "More time" is disabled, says why, and adds nothing.
  const more = page.getByTestId('more-time');
  assert.ok(await more.isDisabled());
  assert.equal(await more.getAttribute('aria-describedby'), 'more-time-why');
  assert.ok((await page.getByTestId('more-time-why').textContent()).includes('stopped'));
  await more.click({ force: true });
  assert.equal(await remaining(), afterReload);
  assert.deepEqual(await seriousA11yViolations(page), []);
  // Running again, it works, and the extension survives another reload.
  await page.getByTestId('resume').click();
  await page.getByTestId('reply').first().waitFor();
  await more.click();
  await page.waitForFunction(
    (r) => Number(document.querySelector('[data-testid=timer]').dataset.remainingMs) > r + 15_000,
    afterReload,
  );
  const extended = await remaining();
  await page.reload();
  await page.getByTestId('paused').waitFor();
  const again = await remaining();
  assert.ok(again > afterReload + 15_000 && again <= extended, `${again} ms left, ${extended} before`);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('leaving the call for another screen of the app and coming back keeps the time used', async () => {
  const { page, full, remaining } = await strictCallSixSecondsIn();
  // Off to the settings inside the app, then back: the turn resumes, paused, with what was left.
  await page.goto(`${site.server.url}#/settings`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.goBack();
  await page.getByTestId('paused').waitFor();
  const back = await remaining();
  assert.ok(back <= full - 6_000 && back > 0, `${back} ms left of ${full} after coming back`);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('a whole call can be played with the keyboard alone', async () => {
  const page = await newPage(site.browser, { locale: 'en-US' });
  await page.goto(`${site.server.url}#/play/${ID}?timer=off&mode=coach&seed=9`);
  await page.getByTestId('start-call').waitFor();
  // Tab to the start button, as a keyboard user would.
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    if ((await page.evaluate(() => document.activeElement.dataset.testid)) === 'start-call') break;
  }
  assert.equal(await page.evaluate(() => document.activeElement.dataset.testid), 'start-call');
  await page.keyboard.press('Enter');
  // The phone rings: Pick up has the focus; then the skip of the customer's first line has it.
  await page.waitForFunction(() => document.activeElement?.id === 'pick-up');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'skip-speaking');
  await page.keyboard.press('Enter');
  await page.getByTestId('reply').first().waitFor();
  // The replies take the focus once they are drawn (an effect, which Yew may run a task later).
  await page.waitForFunction(() => document.activeElement?.id === 'replies');
  const moves = await playToEnd(page, { keyboard: true, position: 2 });
  assert.ok(moves >= 2);
  await page.getByTestId('debrief-score').waitFor();
  // The reflection box is reachable and keeps what was typed.
  await page.getByTestId('reflection-went-well').focus();
  await page.keyboard.type('I let him finish.');
  // All of it went into the box: the debrief's arrival, which can come after the box is clicked
  // (Yew yields to the browser between drawing and effects), leaves the keyboard there.
  assert.equal(await page.getByTestId('reflection-went-well').inputValue(), 'I let him finish.');
  // A reload on the debrief shows it again.
  await page.reload();
  await page.getByTestId('debrief').waitFor();
  assert.equal(await page.getByTestId('reflection-went-well').inputValue(), 'I let him finish.');
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('the trainee can end the call, after confirming', async () => {
  const page = await newPage(site.browser, { locale: 'en-US' });
  await startCall(page, 'timer=off&mode=exam&seed=10');
  await page.getByTestId('end-call').click();
  await page.getByTestId('confirm-end').click();
  await toDebrief(page);
  await page.getByTestId('outcome').waitFor();
  assert.ok(['agent-hung-up', 'unresolved'].includes(await page.getByTestId('outcome').getAttribute('data-outcome')));
  await page.context().close();
});

test('bad links and damaged saved data give notices, never a broken page', async () => {
  const page = await newPage(site.browser, { locale: 'en-US' });
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      sessionStorage.setItem('seeded', '1');
      localStorage.setItem('calmline.settings', 'v1 timer=warp');
      localStorage.setItem('calmline.progress', '{"not":"ours"}');
      localStorage.setItem('calmline.call.shouter-late-delivery', 'v1 exam CL1.shouter-late-delivery.2.5.s.zz.0000');
    }
  });
  await page.goto(`${site.server.url}#/play/${ID}?timer=turbo&mode=zen&seed=-4`);
  await page.getByTestId('start-call').waitFor();
  // The bad link's values are in the trainer's details (collapsed), hence the text content.
  const notices = await page.getByTestId('notices').textContent();
  for (const word of ['turbo', 'zen', '-4', 'settings', 'scores', 'unfinished call']) {
    assert.ok(notices.includes(word), `${word} in ${notices}`);
  }
  // The defaults are used: the standard timer is chosen.
  assert.ok(await page.getByTestId('timer-standard').isChecked());
  await page.goto(`${site.server.url}#/play/no-such-call`);
  await page.getByTestId('scenario-missing').waitFor();
  await page.goto(`${site.server.url}#/play/%3Cimg%20src%3Dx%3E`);
  await page.getByTestId('not-found').waitFor();
  assert.deepEqual(page.problems.filter((p) => !p.includes('404')), []);
  await page.context().close();
});

for (const [name, viewport] of [['phone', { width: 360, height: 740 }], ['desktop', { width: 1280, height: 800 }]]) {
  test(`briefing, call, debrief and settings fit the ${name} and pass axe-core`, async () => {
    for (const lang of ['en', 'pl', 'hu']) {
      const page = await newPage(site.browser, { locale: lang, viewport });
      const check = async (screen) => {
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        assert.ok(overflow <= 0, `${lang} ${name} ${screen}: ${overflow}px too wide`);
        assert.deepEqual(await seriousA11yViolations(page), [], `${lang} ${name} ${screen}`);
        await screenshot(page, `${screen}-${lang}-${name}`);
      };
      await page.goto(`${site.server.url}#/play/${ID}?mode=coach&seed=11`);
      await page.getByTestId('start-call').waitFor();
      await check('briefing');
      await clickStart(page);
      await page.getByTestId('reply').first().waitFor();
      await check('call');
      await page.getByTestId('reply').first().click();
      await page.getByTestId('coach-feedback').waitFor();
      await check('coach');
      await page.getByTestId('continue').click();
      await playToEnd(page, { position: 3 });
      await check('debrief');
      await page.goto(`${site.server.url}#/settings`);
      await page.getByTestId('settings-page').waitFor();
      await check('settings');
      await page.context().close();
    }
  });
}

test('settings are kept and used for the next call', async () => {
  const page = await newPage(site.browser, { locale: 'en-US' });
  await page.goto(`${site.server.url}#/settings`);
  await page.getByTestId('setting-timer-relaxed').check();
  await page.getByTestId('setting-mode-exam').check();
  await page.getByTestId('setting-motion').check();
  await page.reload();
  assert.ok(await page.getByTestId('setting-timer-relaxed').isChecked());
  assert.ok(await page.getByTestId('setting-motion').isChecked());
  assert.ok(await page.locator('html.reduce-motion').count());
  await page.goto(`${site.server.url}#/play/${ID}`);
  assert.ok(await page.getByTestId('timer-relaxed').isChecked());
  assert.ok(await page.getByTestId('mode-exam').isChecked());
  await page.context().close();
});

test('starting another call keeps the unfinished one', async () => {
  const page = await newPage(site.browser, { locale: 'en-US' });
  await startCall(page, 'timer=off&mode=exam&seed=12');
  await reply(page, 1);
  await page.goto(site.server.url);
  await page.getByTestId('resume-banner').first().waitFor();
  const other = await page.locator(`[data-testid=scenario-card]:not([data-id="${ID}"])`).first().getAttribute('data-id');
  await page.goto(`${site.server.url}#/play/${other}?timer=off&mode=exam&seed=12`);
  await clickStart(page);
  await reply(page, 2);
  await page.goto(site.server.url);
  await page.getByTestId('scenario-card').first().waitFor();
  assert.equal(await page.getByTestId('resume-banner').count(), 2);
  await page.goto(`${site.server.url}#/play/${ID}`);
  await page.getByTestId('paused').waitFor();
  assert.equal(await page.getByTestId('agent-line').count(), 1);
  await page.context().close();
});

test("a trainer's own scenario file is checked in the browser and can be played", async () => {
  const { readFile } = await import('node:fs/promises');
  const page = await newPage(site.browser, { locale: 'en-US' });
  // The library's call of the same id already has a finished call (and a last debrief).
  await startCall(page, 'timer=off&mode=exam&seed=16');
  await page.getByTestId('end-call').click();
  await page.getByTestId('confirm-end').click();
  await toDebrief(page);
  await page.getByTestId('outcome').waitFor();
  const libraryRecord = async () => {
    await page.goto(site.server.url);
    const card = page.locator(`[data-testid=scenario-card][data-id="${ID}"]`);
    await card.getByTestId('card-record').waitFor();
    return card.getByTestId('card-record').innerText();
  };
  const before = await libraryRecord();
  await page.getByTestId('own-link').click();
  await page.getByTestId('own-file').waitFor();
  // A broken file: every problem with its file:line:column, the same as `cargo xtask validate`.
  const broken = await readFile('crates/engine/tests/broken/unknown-field-typo.toml');
  const expected = (await readFile('crates/engine/tests/broken/unknown-field-typo.expected', 'utf8'))
    .split('\n')
    .filter((l) => l.includes(': error: '))
    .map((l) => l.replace(/^[^:]*:/, 'mine.toml:'));
  await page.getByTestId('own-input').setInputFiles({ name: 'mine.toml', mimeType: 'text/plain', buffer: broken });
  await page.getByTestId('own-problems').waitFor();
  const shown = (await page.getByTestId('own-problem').locator('code').allTextContents()).map((t) => t.trim());
  assert.deepEqual(shown, expected);
  // With the interface in Polish the problems read in Polish, at the same line and column, with
  // field names and ids as written in the file (the command line keeps the English).
  await page.getByTestId('lang-pl').click();
  await page.locator('html[lang=pl]').waitFor();
  await page.getByTestId('own-input').setInputFiles({ name: 'moj.toml', mimeType: 'text/plain', buffer: broken });
  await page.getByTestId('own-problems').filter({ hasText: 'moj.toml:38:1' }).waitFor();
  const polish = (await page.getByTestId('own-problem').locator('code').allTextContents()).map((t) => t.trim());
  assert.deepEqual(polish, [
    'moj.toml:34:1: błąd: wypowiedź klienta `hello`, odpowiedź `rude`: ma ocenę `poor`, ale nie ma komentarza',
    'moj.toml:38:1: błąd: odpowiedź: nieznane pole `feedbak`',
  ]);
  const hints = (await page.getByTestId('own-problem').locator('.hint').allTextContents()).map((t) => t.trim());
  assert.deepEqual(hints, [
    'dodaj `feedback`: wyjaśnij, dlaczego ta odpowiedź działa albo nie działa, i co zadziałałoby lepiej',
    'czy chodziło Ci o `feedback`?',
  ]);
  await page.getByTestId('lang-en').click();
  await page.locator('html[lang=en]').waitFor();
  await page.getByTestId('own-problems').filter({ hasText: 'moj.toml:38:1: error: unknown field `feedbak` in a reply' }).waitFor();
  // Binary rubbish is a clear message too, not a crash.
  await page.getByTestId('own-input').setInputFiles({ name: 'photo.toml', mimeType: 'text/plain', buffer: Buffer.from([0xff, 0xd8, 0xff, 0x00, 0x10]) });
  await page.getByTestId('own-problems').filter({ hasText: 'photo.toml:1:1' }).waitFor();
  // A valid file can be played to its end.
  const valid = await readFile('crates/engine/tests/fixtures/late-delivery-v1.toml');
  await page.getByTestId('own-input').setInputFiles({ name: 'late.toml', mimeType: 'text/plain', buffer: valid });
  await page.getByTestId('own-valid').waitFor();
  // It plays, but its scoring has warnings, each listed as the validator prints it, and the
  // trainer sees how many endings a passing call can reach.
  assert.match(await page.getByTestId('own-passing').innerText(), /^3 of the 6 endings/);
  const warnings = await page.getByTestId('own-warnings').getByTestId('own-problem').locator('code').allTextContents();
  for (const w of warnings) assert.match(w.trim(), /^late\.toml:\d+:\d+: warning: /);
  // Two on the points of a turn; the rest name each Polish word written for a man only (an
  // old file, from before the trainee chose Pan or Pani).
  const forms = warnings.filter((w) => /\(pl\): `[^`]+` has one form only$/.test(w.trim()));
  assert.equal(warnings.length - forms.length, 2, warnings.join('\n'));
  assert.ok(forms.length >= 10, warnings.join('\n'));
  await page.getByTestId('own-play').click();
  await page.getByTestId('start-call').waitFor();
  assert.equal(await page.getByTestId('show-last').count(), 0, 'no library debrief in a preview');
  await page.getByTestId('timer-off').check();
  await clickStart(page);
  await playToEnd(page);
  await page.getByTestId('debrief-score').waitFor();
  // A preview: the library's call of the same id keeps no score from it.
  assert.equal(await libraryRecord(), before);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test("a trainer's shared link gives everybody the same call", async () => {
  const trainer = await newPage(site.browser, { locale: 'hu-HU' });
  await trainer.goto(`${site.server.url}#/play/${ID}`);
  await trainer.getByTestId('timer-relaxed').check();
  await trainer.getByTestId('mode-exam').check();
  await trainer.getByTestId('share').locator('summary').click();
  await trainer.getByTestId('share-same-call').check();
  const link = await trainer.getByTestId('share-link').inputValue();
  assert.match(link, /#\/play\/shouter-late-delivery\?lang=hu&timer=relaxed&mode=exam&seed=\d+$/);
  await trainer.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await trainer.getByTestId('share-copy').click();
  await trainer.getByTestId('share-copied').filter({ hasText: 'vágólapon' }).waitFor();
  assert.equal(await trainer.evaluate(() => navigator.clipboard.readText()), link);
  await trainer.context().close();
  const firstLines = [];
  for (const [entropy, locale] of ['en-US', 'pl-PL', 'en-GB', 'de-DE'].entries()) {
    const trainee = await newPage(site.browser, { locale, entropy: entropy + 1 });
    await trainee.goto(link);
    await trainee.getByTestId('start-call').waitFor();
    assert.equal(await trainee.locator('html').getAttribute('lang'), 'hu');
    assert.ok(await trainee.getByTestId('timer-relaxed').isChecked());
    assert.ok(await trainee.getByTestId('mode-exam').isChecked());
    await clickStart(trainee);
    await trainee.getByTestId('reply').first().waitFor();
    firstLines.push([
      await trainee.getByTestId('customer-line').first().innerText(),
      (await trainee.getByTestId('reply').allInnerTexts()).join(' | '),
    ]);
    await trainee.context().close();
  }
  // The same customer for everybody...
  assert.equal(new Set(firstLines.map(([line]) => line)).size, 1, JSON.stringify(firstLines));
  // ...but each trainee gets their own order and wordings of the replies: no answer key works.
  assert.ok(new Set(firstLines.map(([, replies]) => replies)).size > 1, JSON.stringify(firstLines));
});

test('Polish customers address the trainee as Pan or Pani, as chosen in the settings', async () => {
  const { readFile } = await import('node:fs/promises');
  const base = (await readFile('crates/engine/tests/broken/critical-not-poor.toml', 'utf8')).replace('critical = true\n', '');
  const mine = base.replace('pl = "Gdzie paczka?"', 'pl = "Czy {Pan|Pani} mnie słyszy? Sprawdził{|a} {Pan|Pani} paczkę?"');
  assert.notEqual(mine, base);
  const page = await newPage(site.browser, { locale: 'pl-PL' });
  const firstLine = async (address) => {
    await page.goto(`${site.server.url}#/settings`);
    await page.getByTestId(`setting-address-${address}`).check();
    await page.goto(site.server.url);
    await page.getByTestId('own-link').click();
    await page.getByTestId('own-input').setInputFiles({ name: 'mine.toml', mimeType: 'text/plain', buffer: Buffer.from(mine) });
    await page.getByTestId('own-play').click();
    await page.getByTestId('start-call').waitFor();
    // Chosen in the settings: the briefing does not ask again.
    assert.equal(await page.getByTestId('address-needed').count(), 0);
    await page.getByTestId('timer-off').check();
    await clickStart(page);
    return page.getByTestId('customer-line').first().innerText();
  };
  assert.match(await firstLine('pani'), /Czy Pani mnie słyszy\? Sprawdziła Pani paczkę\?/);
  assert.match(await firstLine('pan'), /Czy Pan mnie słyszy\? Sprawdził Pan paczkę\?/);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('a call file that cannot be fetched can be tried again', async () => {
  const page = await newPage(site.browser, { locale: 'en-US' });
  let fail = true;
  await page.route(/scenarios\/shouter-late-delivery\.clc(\?|$)/, (route) => (fail ? route.abort() : route.continue()));
  await page.goto(`${site.server.url}#/play/${ID}`);
  await page.getByTestId('scenario-unreachable').waitFor();
  fail = false;
  await page.getByTestId('retry-load').click();
  await page.getByTestId('start-call').waitFor();
  await page.context().close();
});

test('the voice reads the customer in the language on screen, and stays silent without one', async () => {
  // Headless Chromium has no voices: this stands in for the browser's speech synthesis, with a
  // Hungarian voice only, and records what would be said.
  const page = await newPage(site.browser, { locale: 'hu-HU' });
  await page.addInitScript(() => {
    window.__spoken = [];
    const synth = {
      getVoices: () => [{ lang: 'hu-HU', name: 'Magyar' }],
      speak: (u) => window.__spoken.push({ text: u.text, lang: u.lang }),
      cancel: () => {},
    };
    Object.defineProperty(window, 'speechSynthesis', { configurable: true, get: () => synth });
    window.SpeechSynthesisUtterance = class {
      constructor(text) {
        this.text = text;
      }
    };
  });
  await page.goto(`${site.server.url}#/settings`);
  await page.getByTestId('setting-voice').check();
  await page.goto(`${site.server.url}#/play/${ID}?timer=off&mode=exam&seed=13`);
  await clickStart(page);
  await page.getByTestId('reply').first().waitFor();
  const line = (await page.getByTestId('customer-line').first().innerText()).replace(/^.*?:\s*/s, '');
  await page.waitForFunction(() => window.__spoken.length > 0);
  let spoken = await page.evaluate(() => window.__spoken);
  assert.equal(spoken.at(-1).lang, 'hu-HU');
  assert.ok(line.includes(spoken.at(-1).text) || spoken.at(-1).text.includes(line.trim()), `${line} / ${spoken.at(-1).text}`);
  // Polish has no voice here: switching says nothing rather than reading Polish with a Hungarian voice.
  const count = spoken.length;
  await page.getByTestId('lang-pl').click();
  await page.locator('html[lang=pl]').waitFor();
  await page.waitForTimeout(200);
  spoken = await page.evaluate(() => window.__spoken);
  assert.equal(spoken.length, count);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('the site works from a folder of a static host, as in an LMS package', async () => {
  const folder = await serveStatic(undefined, { prefix: '/training/calmline/' });
  const page = await newPage(site.browser, { locale: 'en-US' });
  await page.goto(`${folder.url}#/play/${ID}?timer=off&mode=exam`);
  await clickStart(page);
  await page.getByTestId('reply').first().waitFor();
  assert.deepEqual(page.problems, []);
  await page.context().close();
  await folder.close();
});

test('the debrief starts at its top, with focus on its heading', async () => {
  const page = await newPage(site.browser, { locale: 'en-US', viewport: { width: 390, height: 700 } });
  await startCall(page, 'timer=off&mode=exam&seed=14');
  await playToEnd(page, { position: 2 });
  await page.getByTestId('debrief-score').waitFor();
  await page.waitForFunction(() => document.activeElement?.id === 'debrief-heading');
  assert.equal(await page.evaluate(() => window.scrollY), 0);
  await page.context().close();
});

test('while the trainee decides whether to end the call, number keys do nothing', async () => {
  const page = await newPage(site.browser, { locale: 'en-US' });
  await startCall(page, 'timer=off&mode=exam&seed=15');
  // The screen has placed the keyboard on the replies (its effect may come a task after the
  // replies are drawn); from there the trainee moves to "End the call".
  await page.waitForFunction(() => document.activeElement?.id === 'replies');
  await page.getByTestId('end-call').focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.dataset.testid === 'confirm-end');
  await page.keyboard.press('1');
  await page.waitForTimeout(150);
  assert.equal(await page.getByTestId('agent-line').count(), 0);
  await page.keyboard.press('Enter');
  // The hang-up moment's button has the focus: Enter goes on to the debrief.
  await page.waitForFunction(() => document.activeElement?.id === 'to-debrief');
  await page.keyboard.press('Enter');
  await page.getByTestId('outcome').waitFor();
  await page.context().close();
});
