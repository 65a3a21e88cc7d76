// The end of a call in coach mode and repeated silences (QA round 3 of issue 12, items 6 and 7),
// on the release build with Playwright's clock: a second silence in a row at a turn gets an
// escalating line instead of the turn's silence line word for word (crates/engine/src/
// transcript.rs, src/pages/call/lines.rs), and the move that ends a coach-mode call has its
// coach comment on the end card, before the way to the debrief (src/pages/call/hangup.rs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newPage, playToEnd, skipSpeaking, startCallAt, useSite } from './helpers.mjs';

const ID = 'shouter-late-delivery';
const site = useSite();

/** The customer's lines, without the name read to screen readers. */
const customerLines = (page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('[data-testid=customer-line]')].map((li) => {
      const copy = li.cloneNode(true);
      copy.querySelector('.visually-hidden')?.remove();
      return copy.textContent.trim();
    }),
  );

/** Lets the reply clock run out once, then goes on past the coach feedback (if the call goes on)
 * and has the customer's answer delivered. */
async function stayQuiet(page) {
  const silences = await page.locator('.bubble-event', { hasText: '(you say nothing)' }).count();
  const remaining = Number(await page.getByTestId('timer').getAttribute('data-remaining-ms'));
  await page.clock.fastForward(remaining + 1_000);
  await page.waitForFunction(
    (n) => document.querySelectorAll('.bubble-event').length > n,
    silences,
  );
  await page.waitForSelector('[data-testid=continue], [data-testid=hangup], [data-testid=skip-speaking], [data-testid=reply]');
}

test('a second silence in a row escalates, and the silence that ends the call gets its coach comment', async () => {
  const page = await newPage(site.browser, { locale: 'en-US' });
  await page.clock.install();
  await startCallAt(page, site.server.url, ID, 'timer=strict&mode=coach&seed=3');
  const moves = [];
  for (let i = 0; i < 5 && !(await page.getByTestId('hangup').count()); i++) {
    await stayQuiet(page);
    if (await page.getByTestId('continue').count()) {
      moves.push(await page.locator('[data-testid=coach-feedback] p').innerText());
      await page.getByTestId('continue').click();
    }
    await page.waitForSelector('[data-testid=skip-speaking], [data-testid=reply], [data-testid=hangup]');
    await skipSpeaking(page);
    await page.waitForSelector('[data-testid=reply], [data-testid=hangup]');
  }
  await page.getByTestId('hangup').waitFor();
  assert.ok(moves.length >= 1, 'a silence the call survives is commented during the call');
  const lines = await customerLines(page);
  const first = 'Hello?! Is anyone there?!';
  assert.equal(lines.filter((l) => l === first).length, 1, lines.join(' | '));
  assert.ok(lines.includes("Hello? If nobody's there, I'm hanging up."), lines.join(' | '));
  assert.equal(new Set(lines.slice(1)).size, lines.length - 1, `no line twice: ${lines.join(' | ')}`);
  // The silence that ended the call is commented on the end card, before "See how it went".
  const card = page.getByTestId('hangup');
  const coach = card.getByTestId('coach-feedback');
  await coach.waitFor();
  assert.match(await coach.innerText(), /Silence with an upset customer looks like indifference/);
  assert.equal(await coach.getAttribute('data-grade'), 'poor');
  assert.equal(await card.getByTestId('continue').count(), 0, 'nothing to continue: the call is over');
  const order = await page.evaluate(() => {
    const c = document.querySelector('[data-testid=hangup] [data-testid=coach-feedback]');
    const go = document.querySelector('[data-testid=to-debrief]');
    return Boolean(c.compareDocumentPosition(go) & Node.DOCUMENT_POSITION_FOLLOWING);
  });
  assert.ok(order, 'the comment comes before the way to the debrief');
  await page.waitForFunction(() => document.activeElement?.id === 'to-debrief');
  assert.match(await page.locator('#to-debrief').getAttribute('aria-describedby'), /final-coach-heading/);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('in Polish the escalation speaks formally without addressing the agent as Pan or Pani', async () => {
  const page = await newPage(site.browser, { locale: 'pl-PL' });
  await page.clock.install();
  await startCallAt(page, site.server.url, ID, 'timer=strict&mode=exam&seed=3');
  for (let i = 0; i < 2; i++) {
    await stayQuiet(page);
    await skipSpeaking(page);
    await page.waitForSelector('[data-testid=reply], [data-testid=hangup]');
  }
  const lines = await customerLines(page);
  assert.equal(lines.filter((l) => l === 'Halo?! Jest tam ktoś?!').length, 1, lines.join(' | '));
  assert.ok(lines.includes('Halo? Jeśli nikogo tam nie ma, to się rozłączam.'), lines.join(' | '));
  await page.context().close();
});

test('in exam mode the end card has no coach comment; in coach mode the final reply has one', async () => {
  for (const mode of ['exam', 'coach']) {
    const page = await newPage(site.browser, { locale: 'en-US' });
    await startCallAt(page, site.server.url, ID, `timer=off&mode=${mode}&seed=3`);
    // Play to the end card, but stop before the debrief.
    for (let i = 0; i < 60 && !(await page.getByTestId('hangup').count()); i++) {
      await page.waitForSelector('[data-testid=reply], [data-testid=continue], [data-testid=skip-speaking], [data-testid=hangup]');
      if (await page.getByTestId('hangup').count()) break;
      if (await page.getByTestId('continue').count()) await page.getByTestId('continue').click().catch(() => {});
      else if (await page.getByTestId('skip-speaking').count()) await skipSpeaking(page);
      else await page.getByTestId('reply').first().click().catch(() => {});
    }
    const card = page.getByTestId('hangup');
    await card.waitFor();
    assert.equal(await card.getByTestId('coach-feedback').count(), mode === 'coach' ? 1 : 0, mode);
    if (mode === 'coach') {
      assert.ok((await card.locator('[data-testid=coach-feedback] p').innerText()).length > 20);
    }
    await playToEnd(page);
    await page.context().close();
  }
});
