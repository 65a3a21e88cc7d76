// Putting the customer on hold (src/pages/call/hold.rs, crates/engine/src/hold.rs), on the release
// build with Playwright's clock: while on hold the hold's own clock runs and the reply clock is
// stopped (time never runs out), coming back changes the mood by what the hold cost (an announced,
// thanked hold a little, a silent one much more), the transcript and the debrief list the hold
// with feedback that teaches, the controls work with the keyboard alone, and axe finds nothing
// serious while the customer is on hold.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { comeBack, debriefHolds, newPage, pauseClock, playToEnd, putOnHold, seriousA11yViolations, startCallAt, useSite } from './helpers.mjs';

const ID = 'shouter-late-delivery';
const site = useSite();

const mood = async (page) => Number(await page.locator('[data-testid=mood] [data-mood]').first().getAttribute('data-mood'));
const remaining = async (page) => Number(await page.getByTestId('timer').getAttribute('data-remaining-ms'));

test('an announced hold stops the reply clock, costs a little mood, and the debrief praises it', async () => {
  const page = await newPage(site.browser, { locale: 'en-US' });
  await page.clock.install();
  await startCallAt(page, site.server.url, ID, 'timer=standard&mode=exam&seed=3');
  const before = await mood(page);
  const left = await remaining(page);

  await page.getByTestId('hold').click();
  // What holding costs is said before the choice.
  assert.match(await page.getByTestId('hold-cost').innerText(), /the customer waits/);
  assert.equal(await page.getByTestId('hold-way').count(), 3);
  assert.match(await page.locator('[data-testid=hold-way][data-way=announced]').innerText(), /about a minute\. May I put you on hold/);
  await page.locator('[data-testid=hold-way][data-way=announced]').click();
  await page.getByTestId('on-hold').waitFor();
  assert.equal(await page.getByTestId('reply').count(), 0, 'no replies while on hold');
  assert.match(await page.getByTestId('hold-announcement').innerText(), /on hold/);

  await page.clock.fastForward(40_000);
  const held = Number(await page.getByTestId('hold-time').getAttribute('data-held-ms'));
  assert.ok(held >= 39_000 && held <= 41_000, `${held}`);
  assert.match(await page.getByTestId('hold-time').innerText(), /On hold 0:(39|40|41)/);
  // The reply clock did not move.
  assert.ok(Math.abs((await remaining(page)) - left) < 1_000, `${await remaining(page)} vs ${left}`);
  assert.deepEqual(await seriousA11yViolations(page), []);

  await comeBack(page, true);
  assert.equal(await mood(page), before - 2);
  await page.locator('.bubble-event', { hasText: /On hold 0:4\d/ }).waitFor();
  assert.match(await page.getByTestId('hold-announcement').innerText(), /back with the customer/);

  await playToEnd(page);
  assert.deepEqual(await debriefHolds(page), { ways: ['announced'], lessons: ['well-done'] });
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('a silent hold longer than a moment costs much more, and the debrief says what to say instead', async () => {
  const page = await newPage(site.browser, { locale: 'en-US', viewport: { width: 360, height: 740 } });
  await page.clock.install();
  await startCallAt(page, site.server.url, ID, 'timer=standard&mode=exam&seed=3');
  const before = await mood(page);
  await putOnHold(page, 'silent');
  // However long the hold, the reply timer never runs out meanwhile.
  await page.clock.fastForward(45_000);
  assert.equal(await page.locator('.bubble-event', { hasText: '(you say nothing)' }).count(), 0);
  await comeBack(page, false);
  const after = await mood(page);
  // Silent (-12), 15 s past the moment (-4), no thanks (-3): far more than an announced hold.
  assert.equal(after, Math.max(0, before - 19), `${before} -> ${after}`);

  await playToEnd(page);
  assert.deepEqual((await debriefHolds(page)).lessons, ['silent', 'overran', 'unthanked']);
  const text = await page.getByTestId('debrief-holds').innerText();
  assert.match(text, /May I put you on hold/);
  assert.match(text, /Thank you for waiting/);
  await page.context().close();
});

test('holding works with the keyboard alone, with focus following the hold', async () => {
  const page = await newPage(site.browser, { locale: 'pl-PL' });
  await page.clock.install();
  await startCallAt(page, site.server.url, ID, 'timer=off&mode=exam&seed=3');
  const focused = () => page.evaluate(() => document.activeElement?.id ?? '');

  // The screen's own focus first (on the replies, an effect that may come a task after they
  // are drawn), then the trainee's.
  await page.waitForFunction(() => document.activeElement?.id === 'replies');
  await page.locator('#hold-toggle').focus();
  await page.keyboard.press('Enter');
  await page.getByTestId('hold-menu').waitFor();
  assert.equal(await page.locator('#hold-toggle').getAttribute('aria-expanded'), 'true');
  await page.waitForFunction(() => document.activeElement?.id === 'hold-way-first');
  // Escape closes the choice and gives the focus back.
  await page.keyboard.press('Escape');
  await page.getByTestId('hold-menu').waitFor({ state: 'detached' });
  assert.equal(await focused(), 'hold-toggle');

  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'hold-way-first');
  // The agent's words to the customer are neutral in address (no Pan/Pani).
  const phrasings = await page.getByTestId('hold-way').allInnerTexts();
  assert.ok(phrasings.every((t) => !/\bPan(a|u|em|i|ią)?\b/.test(t)), phrasings.join(' | '));
  assert.ok(phrasings.some((t) => /około minuty\. Czy mogę/.test(t)), phrasings.join(' | '));
  await page.keyboard.press('Enter');
  await page.getByTestId('on-hold').waitFor();
  await page.waitForFunction(() => document.activeElement?.id === 'hold-back-first');
  await page.clock.fastForward(5_000);
  await page.keyboard.press('Enter');
  await page.getByTestId('on-hold').waitFor({ state: 'detached' });
  await page.waitForFunction(() => document.activeElement?.id === 'replies');
  await page.locator('.bubble-event', { hasText: /Połączenie zawieszone: 0:0\d/ }).waitFor();
  await page.context().close();
});

test('the hold menu stops the reply clock; back from hold the reply has its full time; stale notices go', async () => {
  const page = await newPage(site.browser, { locale: 'en-US' });
  await page.clock.install();
  await startCallAt(page, site.server.url, ID, 'timer=standard&mode=exam&seed=3');
  await pauseClock(page);
  const full = await remaining(page);
  // Run the reply clock down into its last 10 seconds: the warning is said.
  await page.clock.runFor(full - 8_000);
  await page.getByTestId('timer-announcement').filter({ hasText: /seconds/ }).waitFor();
  await page.getByTestId('hold').click();
  await page.getByTestId('hold-menu').waitFor();
  const left = await remaining(page);
  assert.ok(left > 6_000 && left <= 8_000, `${left}`);
  assert.equal(await page.getByTestId('reply').count(), 0, 'no replies while the hold menu is open');
  assert.equal((await page.getByTestId('timer-announcement').innerText()).trim(), '', 'the warning goes when the clock stops');
  // Reading the hold options takes no reply time.
  await page.clock.runFor(20_000);
  assert.equal(await remaining(page), left);
  await page.locator('[data-testid=hold-way][data-way=announced]').click();
  await page.getByTestId('on-hold').waitFor();
  await page.clock.runFor(15_000);
  assert.equal((await page.getByTestId('timer-announcement').innerText()).trim(), '', 'no warning on hold');
  await comeBack(page, true);
  // The customer is re-engaged: the whole reply time again.
  assert.ok((await remaining(page)) >= full - 500, `${await remaining(page)} vs ${full}`);
  assert.match(await page.getByTestId('hold-announcement').innerText(), /back with the customer/);
  await page.clock.runFor(6_000);
  assert.equal((await page.getByTestId('hold-announcement').innerText()).trim(), '', '"back after" is not kept');
  // Closing the menu without holding runs the clock again.
  const before = await remaining(page);
  await page.getByTestId('hold').click();
  await page.getByTestId('hold-menu').waitFor();
  await page.clock.runFor(5_000);
  assert.equal(await remaining(page), before);
  await page.keyboard.press('Escape');
  await page.getByTestId('reply').first().waitFor();
  await page.clock.runFor(2_000);
  assert.ok(Math.abs((await remaining(page)) - (before - 2_000)) <= 300, `${await remaining(page)} vs ${before}`);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

/** The texts of the transcript's items with `testid`, without what only screen readers hear. */
const said = (page, testid) =>
  page.evaluate((id) =>
    [...document.querySelectorAll(`[role=log] [data-testid=${id}]`)].map((li) => {
      const copy = li.cloneNode(true);
      copy.querySelector('.visually-hidden')?.remove();
      return copy.textContent.trim();
    }), testid);

test('a hold is heard: the words on, the promised time running out, the words back and the customer\'s answer, in the call and the debrief', async () => {
  const page = await newPage(site.browser, { locale: 'en-US' });
  await page.clock.install();
  await startCallAt(page, site.server.url, ID, 'timer=standard&mode=exam&seed=3');
  await putOnHold(page, 'announced');
  // What the trainee said is in the transcript as soon as the customer is on hold.
  const on = await said(page, 'hold-words');
  assert.equal(on.length, 1);
  assert.match(on[0], /^I'll check that in our system now; it will take about a minute\. May I put you on hold/);
  // The panel shows the promise and how much of it has passed.
  const promise = page.getByTestId('hold-promise');
  assert.equal(await promise.getAttribute('data-promised-ms'), '60000');
  await page.clock.fastForward(20_000);
  assert.match(await promise.innerText(), /0:(19|20|21) of the 1:00 you promised/);
  assert.equal(await promise.getAttribute('data-over'), 'false');
  // Past the promise it says by how much, is marked, and the live region says so once.
  await page.clock.fastForward(50_000);
  await page.locator('[data-testid=hold-promise][data-over=true]').waitFor();
  assert.match(await promise.innerText(), /0:(09|10|11) past the 1:00 you promised/);
  assert.match(await page.getByTestId('hold-announcement').innerText(), /longer than they were led to expect/);
  assert.deepEqual(await seriousA11yViolations(page), []);
  await comeBack(page, true);
  // Then the words back, and the customer's answer to a late return, as the customer's line.
  assert.deepEqual((await said(page, 'hold-words')).slice(1), ['Thank you for waiting.']);
  assert.equal((await said(page, 'customer-line')).at(-1), 'Finally. That took quite a while.');
  const order = await page.evaluate(() =>
    [...document.querySelectorAll('[role=log] li')].slice(-4).map((li) => li.dataset.testid ?? 'event'));
  assert.deepEqual(order, ['hold-words', 'event', 'hold-words', 'customer-line']);

  await playToEnd(page);
  const quoted = await page.getByTestId('hold-said').allInnerTexts();
  assert.equal(quoted.length, 3);
  assert.match(quoted[0], /^You: I'll check that in our system now/);
  assert.equal(quoted[1].trim(), 'You: Thank you for waiting.');
  assert.equal(quoted[2].trim(), 'Customer: Finally. That took quite a while.');
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('po zawieszeniu bez słowa klient odzywa się z irytacją, a krótkie zapowiedziane kwituje spokojnie', async () => {
  const page = await newPage(site.browser, { locale: 'pl-PL' });
  await page.clock.install();
  await startCallAt(page, site.server.url, ID, 'timer=off&mode=exam&seed=3');
  await putOnHold(page, 'silent');
  assert.equal((await page.locator('[role=log] .bubble-event').allInnerTexts()).at(-1).trim(), '(zawieszasz połączenie bez słowa)');
  assert.match(await page.getByTestId('hold-promise').innerText(), /^0:0\d z 0:30: nie podano czasu, więc klient spodziewa się czekać najwyżej chwilę$/);
  await page.clock.fastForward(5_000);
  await comeBack(page, false);
  assert.deepEqual(await said(page, 'hold-words'), ['Dobrze, już jestem.']);
  assert.equal((await said(page, 'customer-line')).at(-1), 'Halo? No nareszcie.');
  await putOnHold(page, 'announced');
  await page.clock.fastForward(10_000);
  assert.match(await page.getByTestId('hold-promise').innerText(), /^0:1\d z obiecanych 1:00$/);
  await comeBack(page, true);
  assert.equal((await said(page, 'customer-line')).at(-1), 'Tak, jestem.');
  assert.equal((await said(page, 'hold-words')).at(-1), 'Dziękuję za cierpliwość.');
  await page.context().close();
});
