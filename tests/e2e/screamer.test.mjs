// The screaming caller (scenarios/screamer-power-cut.toml) on the release build: hold etiquette
// and asking for calm in order to help, played through the real UI with Playwright's clock.
// At the turn `details` checking the payment is the right move, so the call makes an announced
// hold free there (`[turn.hold] announced = 0`, two minutes promised) and a silent one dear
// (`silent = -20`, over the call's own `[hold]`): an announced, thanked hold of a minute leaves
// his mood as it was, a silent, unthanked one of the same length costs far more, and the debrief
// teaches each. A bare "calm down" is graded poor and asking for calm "so that I can help you"
// best, and the feedback says why.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clickStart, comeBack, debriefHolds, newPage, putOnHold, skipSpeaking, startCallAt, toDebrief, useSite } from './helpers.mjs';
import { planCases, playCase } from './plan.mjs';

const ID = 'screamer-power-cut';
const site = useSite();

const mood = async (page) => Number(await page.locator('[data-testid=mood] [data-mood]').first().getAttribute('data-mood'));
const score = async (page) => Number(await page.getByTestId('debrief-score').getAttribute('data-score'));
const skill = async (page, id) => page.locator(`[data-testid=skill-score][data-skill=${id}]`).getAttribute('data-score');

/** A case of the plan by the start of its name (with the seed the engine played it with). */
async function planCase(start) {
  const kase = (await planCases(ID)).find((c) => c.name.startsWith(start));
  assert.ok(kase, `the plan has a case "${start}…"`);
  return kase;
}

/** Plays the plan's textbook call with one hold of `heldMs` at the turn `details` (after its
 * first two moves), then to the debrief. Returns the page and the mood before and after it. */
async function textbookWithHold(way, thanked, heldMs) {
  const kase = await planCase('textbook call');
  assert.equal(kase.moves[2], 'details.announce-hold', 'the third move of the textbook call is at `details`');
  const page = await newPage(site.browser, { locale: 'en-US' });
  await page.clock.install();
  await startCallAt(page, site.server.url, ID, `timer=standard&mode=exam&seed=${kase.seed}`);
  await playCase(page, ID, { moves: kase.moves.slice(0, 2) });
  await skipSpeaking(page);
  await page.getByTestId('reply').first().waitFor();
  const before = await mood(page);
  await putOnHold(page, way);
  await page.clock.fastForward(heldMs);
  await comeBack(page, thanked);
  const after = await mood(page);
  await playCase(page, ID, { moves: kase.moves.slice(2) });
  await toDebrief(page);
  return { page, kase, before, after };
}

test('an announced, thanked hold while checking the payment costs him nothing, and the debrief praises it', async () => {
  const { page, kase, before, after } = await textbookWithHold('announced', true, 60_000);
  // Announced (0 at this turn), a minute of the two promised, thanked: no cost at all.
  assert.equal(after, before, `${before} -> ${after}`);
  assert.equal(await score(page), kase.overall);
  assert.equal((await page.getByTestId('pass-fail').innerText()).trim(), 'Passed');
  assert.equal(await skill(page, 'clarity'), '100');
  assert.equal(await skill(page, 'ownership'), '100');
  assert.deepEqual(await debriefHolds(page), { ways: ['announced'], lessons: ['well-done'] });
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('a silent, unthanked hold of the same length costs him far more, lowers clarity and ownership, and the debrief says what to say instead', async () => {
  const { page, before, after } = await textbookWithHold('silent', false, 60_000);
  // Silent (-20 at this turn), 30 s past the "moment" a silent hold implies (-4), no thanks (-5).
  assert.equal(after, Math.max(0, before - 29), `${before} -> ${after}`);
  assert.ok(before - after >= 20, `a silent hold costs at least 20 here: ${before} -> ${after}`);
  // Holds are not graded moves: the replies were the textbook ones, so the call still passes …
  assert.equal((await page.getByTestId('pass-fail').innerText()).trim(), 'Passed');
  // … but the skills a bad hold puts at stake show it.
  assert.ok(Number(await skill(page, 'clarity')) < 100, `clarity ${await skill(page, 'clarity')}`);
  assert.ok(Number(await skill(page, 'ownership')) < 100, `ownership ${await skill(page, 'ownership')}`);
  assert.deepEqual(await debriefHolds(page), { ways: ['silent'], lessons: ['silent', 'overran', 'unthanked'] });
  const text = await page.getByTestId('debrief-holds').innerText();
  assert.match(text, /May I put you on hold/);
  assert.match(text, /Thank you for waiting/);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('a bare "calm down" is poor and asking for calm in order to help is best, and the feedback explains the difference', async () => {
  const kase = await planCase("a bare 'calm down' at the start");
  assert.deepEqual(kase.moves.slice(0, 2), ['opening.calm-down', 'louder.own-words']);
  const page = await newPage(site.browser, { locale: 'en-US' });
  await page.goto(`${site.server.url}#/play/${ID}?lang=en&timer=off&mode=exam&seed=${kase.seed}`);
  await clickStart(page);
  await playCase(page, ID, kase);
  await toDebrief(page);
  assert.equal(await score(page), kase.overall);
  assert.equal((await page.getByTestId('pass-fail').innerText()).trim(), 'Passed');
  const steps = page.getByTestId('review-step');
  const bare = steps.nth(0);
  assert.ok(await bare.evaluate((el) => el.classList.contains('grade-poor')), 'the bare "calm down" is poor');
  const why = await bare.locator('.review-feedback').innerText();
  assert.match(why, /Calm down/);
  assert.match(why, /so that I can take your details down properly and get the power back/);
  const repaired = steps.nth(1);
  assert.ok(await repaired.evaluate((el) => el.classList.contains('grade-best')), 'asking for calm in order to help is best');
  assert.match(await repaired.locator('.review-feedback').innerText(), /ask for calm for his sake/);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});
