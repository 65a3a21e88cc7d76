// SCORM faults never cost the trainee anything (issue 11), in Chromium against scorm-again as the
// LMS (tests/e2e/lms-scorm/): no API, an API that throws, answers "false" or goes away mid-call
// (kept, then saved with nothing lost and no gaps), one that throws from the start, a Commit that
// blocks for 2 s (given back to the reply clock), and finding the API through the opener or past
// a parent of another origin.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clickStart, newPage, playToEnd, toDebrief } from './helpers.mjs';
import {
  ID, checkInteractions, checkStatus, cmi, host, interactions, routeHost, say, status, textbook, useLms,
} from './lms-scorm/support.mjs';

const env = useLms();

test('no LMS API: the status says so and the call plays to its debrief', async () => {
  const page = await newPage(env.browser);
  await page.goto(`${env.server.url}index.html?lms=scorm12&scenario=${ID}&timer=off&mode=exam&seed=3`);
  await status(page, 'missing');
  await clickStart(page);
  await playToEnd(page);
  await page.getByTestId('debrief').waitFor();
  await status(page, 'missing');
  // No LMS answered: nothing to finish, and the trainee may play again.
  assert.equal(await page.getByTestId('lms-finish').count(), 0);
  assert.equal(await page.getByTestId('retry').count(), 1);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

for (const [fault, on, off] of [
  ['throws', (p) => p.evaluate(() => { window.lms.fault = 'throw'; }), (p) => p.evaluate(() => { window.lms.fault = null; })],
  ['answers "false"', (p) => p.evaluate(() => { window.lms.fault = 'false'; }), (p) => p.evaluate(() => { window.lms.fault = null; })],
  ['goes away (removed from the window)', (p) => p.evaluate(() => window.lms.remove()), (p) => p.evaluate(() => window.lms.restore())],
]) {
  for (const v of ['12', '2004']) {
    test(`SCORM ${v}: an API that ${fault} mid-call costs nothing: kept, then saved with nothing lost`, async () => {
      const kase = await textbook();
      const { page, sco } = await host(v, { launch: `timer=off&mode=exam&seed=${kase.seed}` });
      await status(sco, 'saved');
      await clickStart(sco);
      await say(sco, kase.moves[0]);
      await status(sco, 'saved');
      await on(page);
      await say(sco, kase.moves[1]);
      await status(sco, 'kept');
      await say(sco, kase.moves[2]);
      await status(sco, 'kept');
      const during = interactions(await cmi(page), v).length;
      assert.equal(during, 1, 'nothing reached the LMS while it was down');
      await off(page);
      await say(sco, kase.moves[3]);
      await status(sco, 'saved');
      checkInteractions(interactions(await cmi(page), v), v, [4]);
      for (const move of kase.moves.slice(4)) await say(sco, move);
      await toDebrief(sco);
      const moves = kase.moves.length;
      await status(sco, 'saved');
      const data = await cmi(page);
      checkInteractions(interactions(data, v), v, [moves]);
      const score = Number(await sco.getByTestId('debrief-score').getAttribute('data-score'));
      const passed = (await sco.getByTestId('pass-fail').innerText()).trim() === 'Passed';
      checkStatus(data, v, { passed, score, skills: await sco.getByTestId('skill-score').count() });
      assert.deepEqual(page.problems, []);
      await page.context().close();
    });
  }
}

test('an API that throws from the start: the call plays on, and everything is sent once it answers', async () => {
  const page = await newPage(env.browser);
  const context = page.context();
  await routeHost(context);
  // The fault is on before the SCO loads.
  await context.addInitScript(() => {
    if (window.top === window) {
      Object.defineProperty(window, 'lms', {
        configurable: true,
        set(value) { value.fault = 'throw'; Object.defineProperty(window, 'lms', { value, writable: true }); },
      });
    }
  });
  const kase = await textbook();
  const params = new URLSearchParams({ v: '12', launch: `scenario=${ID}&timer=off&mode=exam&seed=${kase.seed}` });
  await page.goto(`${env.server.url}lms-host.html?${params}`);
  const sco = await (await page.waitForSelector('#sco')).contentFrame();
  await status(sco, 'kept');
  await clickStart(sco);
  await say(sco, kase.moves[0]);
  await say(sco, kase.moves[1]);
  await status(sco, 'kept');
  assert.equal(interactions(await cmi(page), '12').length, 0);
  await page.evaluate(() => { window.lms.fault = null; });
  await say(sco, kase.moves[2]);
  await status(sco, 'saved');
  checkInteractions(interactions(await cmi(page), '12'), '12', [3]);
  assert.deepEqual(page.problems, []);
  await context.close();
});

test('a Commit that takes 2 s does not eat into the reply clock', async () => {
  const kase = await textbook();
  const { page, sco } = await host('12', { launch: `timer=standard&mode=exam&seed=${kase.seed}` });
  await status(sco, 'saved');
  await clickStart(sco);
  await say(sco, kase.moves[0]);
  await page.evaluate(() => { window.lms.commitMs = 2_000; });
  await say(sco, kase.moves[1]);
  await page.waitForFunction(() => window.lms.calls.some((c) => c.method === 'LMSCommit' && c.ms >= 2_000));
  // A tick of the countdown after the slow move, read with the ring that shows its fraction.
  const first = Number(await sco.getByTestId('timer').getAttribute('data-remaining-ms'));
  await sco.waitForFunction((r) => Number(document.querySelector('[data-testid=timer]').dataset.remainingMs) !== r, first);
  const { remaining, dash } = await sco.evaluate(() => ({
    remaining: Number(document.querySelector('[data-testid=timer]').dataset.remainingMs),
    dash: Number(document.querySelector('.timer-ring').getAttribute('stroke-dasharray').split(' ')[0]),
  }));
  const limit = (remaining * 2 * Math.PI * 20) / dash;
  assert.ok(limit > 5_000, `limit ${limit}`);
  assert.ok(limit - remaining < 1_200, `${Math.round(limit - remaining)} ms of the reply time used after a 2 s commit (limit ${Math.round(limit)})`);
  await status(sco, 'saved');
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('an LMS that opens the SCO in a window of its own: the API is found through the opener', async () => {
  const page = await newPage(env.browser);
  const context = page.context();
  await routeHost(context);
  const params = new URLSearchParams({ v: '2004', launch: `scenario=${ID}&timer=off&mode=exam&seed=0`, popup: '' });
  const [sco] = await Promise.all([context.waitForEvent('page'), page.goto(`${env.server.url}lms-host.html?${params}`)]);
  await status(sco, 'saved');
  await clickStart(sco);
  await say(sco, (await textbook()).moves[0]);
  await status(sco, 'saved');
  assert.equal(interactions(await cmi(page), '2004').length, 1);
  assert.deepEqual([...page.problems, ...sco.problems ?? []], []);
  await context.close();
});

test('a parent of another origin is passed over without an error: no API, the game plays on', async () => {
  const page = await newPage(env.browser);
  const params = new URLSearchParams({ v: '12', launch: `scenario=${ID}&timer=off&mode=exam&seed=0`, origin: env.server.url });
  await page.goto(`${env.foreign.url}lms-host.html?${params}`);
  const sco = await (await page.waitForSelector('#sco')).contentFrame();
  await status(sco, 'missing');
  await clickStart(sco);
  await say(sco, (await textbook()).moves[0]);
  await status(sco, 'missing');
  assert.equal(interactions(await cmi(page), '12').length, 0);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});
