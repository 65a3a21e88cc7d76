// The LMS runtime is a WebAssembly module of its own (crates/lms, served as dist/lms/), loaded by
// the player only for a launch from an LMS package (src/lms/remote.rs), in Chromium against
// scorm-again as the LMS (tests/e2e/lms-scorm/): a public visit never downloads it, while a
// SCORM 2004 launch loads its glue and its module, each with the built module's version. A
// runtime that arrives late (its glue or its module held back by a route until the trainee has
// made two moves) never holds the trainee up: the moves made meanwhile reach the LMS afterwards,
// in order, with no gaps, and a call left mid-way is resumed only once the LMS has answered. A
// runtime that cannot be loaded (404) leaves the status "missing", and the call is kept locally.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DIST, clickStart, newPage, playToEnd, toDebrief } from './helpers.mjs';
import {
  leaveAfterTwoMoves, ID, calls, checkInteractions, checkStatus, cmi, interactions, playCase, routeHost, say, status, textbook, useLms,
} from './lms-scorm/support.mjs';

const env = useLms();

/** Whether a request's URL is one of the LMS runtime's (anything under `/lms/`). */
const isRuntime = (url) => new URL(url).pathname.startsWith('/lms/');

/** Chromium's console line for a resource answered 404 (the test's own route, not a fault). */
const notFound = (problem) => /^console error: Failed to load resource: .*404/.test(problem);

/** The version the build gives the runtime: FNV-1a (64 bits) of its module, in hex (xtask). */
async function builtVersion() {
  const bytes = await readFile(join(DIST, 'lms', 'calmline_lms_bg.wasm'));
  let h = 0xcbf29ce484222325n;
  for (const b of bytes) h = ((h ^ BigInt(b)) * 0x100000001b3n) & 0xffffffffffffffffn;
  return h.toString(16).padStart(16, '0');
}

/** Waits until the LMS's data model holds at least `n` interactions. */
const lmsHolds = (page, n) => page.waitForFunction((k) => `cmi.interactions.${k - 1}.id` in window.lms.cmi(), n);

/** A fresh browser whose every request is recorded (`page.requests`, frames included), set up
 * by `setup(context)` (routes), then the host page of SCORM 2004 launching the call. */
async function launch({ launch: query, setup = async () => {} }) {
  const page = await newPage(env.browser);
  const context = page.context();
  page.requests = [];
  context.on('request', (r) => page.requests.push(r.url()));
  await setup(context);
  await routeHost(context);
  const params = new URLSearchParams({ v: '2004', launch: `scenario=${ID}&${query}` });
  await page.goto(`${env.server.url}lms-host.html?${params}`);
  const sco = await (await page.waitForSelector('#sco')).contentFrame();
  await sco.waitForSelector('[data-testid=lms-status]');
  return { page, sco };
}

test('a public visit never downloads the LMS runtime; a SCORM 2004 launch loads both its files, versioned', async () => {
  const page = await newPage(env.browser, { locale: 'pl-PL' });
  const requests = [];
  page.context().on('request', (r) => requests.push(r.url()));
  // The catalog, then a trainer's link to a call, played to its debrief.
  await page.goto(env.server.url);
  await page.locator(`[data-testid=scenario-card][data-id="${ID}"]`).waitFor();
  await page.goto(`${env.server.url}#/play/${ID}?lang=pl&timer=relaxed&mode=exam`);
  await clickStart(page);
  const moves = await playToEnd(page);
  assert.ok(moves > 0);
  await page.getByTestId('debrief').waitFor();
  assert.equal(await page.getByTestId('lms-status').count(), 0, 'no LMS status outside a launch');
  assert.ok(requests.some((u) => /\.wasm$/.test(new URL(u).pathname)), 'the player itself was recorded');
  assert.deepEqual(requests.filter(isRuntime), [], 'nothing under /lms/ for a public visit');
  assert.deepEqual(page.problems, []);
  await page.context().close();

  // A launch from a SCORM 2004 package loads the glue and the module, with the module's version.
  const { page: lms, sco } = await launch({ launch: 'timer=off&mode=exam&seed=0' });
  await status(sco, 'saved');
  const version = await builtVersion();
  const runtime = lms.requests.filter(isRuntime).map((u) => new URL(u));
  for (const file of ['/lms/calmline_lms.js', '/lms/calmline_lms_bg.wasm']) {
    const asked = runtime.filter((u) => u.pathname === file);
    assert.equal(asked.length, 1, `${file} requested once (${runtime.map(String)})`);
    assert.equal(asked[0].searchParams.get('v'), version, `${file} carries the built module's version`);
  }
  assert.equal(runtime.length, 2, `only the two files (${runtime.map(String)})`);
  assert.deepEqual(lms.problems, []);
  await lms.context().close();
});

/** Holds back the answers to requests matching `glob` until `release()` (then served as they
 * are); `held()` counts the requests held. */
async function holdBack(context, glob) {
  let release;
  const released = new Promise((ok) => { release = ok; });
  let held = 0;
  await context.route(glob, async (route) => {
    held++;
    await released;
    await route.continue();
  });
  return { release, held: () => held };
}

for (const file of ['calmline_lms.js', 'calmline_lms_bg.wasm']) {
  test(`a slow runtime (${file} late) never holds the trainee up: moves made meanwhile reach the LMS afterwards, in order`, async () => {
    const kase = await textbook();
    // The file is held back until the trainee has made two moves.
    let late;
    const { page, sco } = await launch({
      launch: `timer=off&mode=exam&seed=${kase.seed}`,
      setup: async (context) => { late = await holdBack(context, `**/lms/${file}*`); },
    });
    // The briefing shows at once, while the runtime is still on its way.
    await sco.getByTestId('start-call').waitFor();
    assert.equal(await sco.getByTestId('lms-status').getAttribute('data-status'), 'connecting');
    await clickStart(sco);
    await say(sco, kase.moves[0]);
    await say(sco, kase.moves[1]);
    assert.equal(await sco.getByTestId('lms-status').getAttribute('data-status'), 'connecting', 'the runtime has not arrived');
    assert.equal(late.held(), 1, `${file} was asked for, and is being held back`);
    assert.deepEqual(await calls(page), [], 'nothing reached the LMS yet');
    // The runtime arrives: the two moves are sent, and the call under way is left as it is.
    late.release();
    await status(sco, 'saved');
    await lmsHolds(page, 2);
    checkInteractions(interactions(await cmi(page), '2004'), '2004', [2]);
    assert.equal(await sco.getByTestId('agent-line').count(), 2, 'the call under way goes on where it was');
    assert.ok(await sco.getByTestId('reply').first().isVisible());
    // Later moves follow on from them, to the debrief.
    await say(sco, kase.moves[2]);
    await lmsHolds(page, 3);
    await status(sco, 'saved');
    checkInteractions(interactions(await cmi(page), '2004'), '2004', [3]);
    for (const move of kase.moves.slice(3)) await say(sco, move);
    await toDebrief(sco);
    await lmsHolds(page, kase.moves.length);
    await status(sco, 'saved');
    const done = await cmi(page);
    checkInteractions(interactions(done, '2004'), '2004', [kase.moves.length]);
    const score = Number(await sco.getByTestId('debrief-score').getAttribute('data-score'));
    assert.equal(score, kase.overall);
    checkStatus(done, '2004', { passed: kase.passed, score, skills: await sco.getByTestId('skill-score').count() });
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });
}

test('a slow runtime on a return: the call left mid-way is resumed only once the LMS has answered', async () => {
  const kase = await textbook();
  const launchQuery = `timer=off&mode=exam&seed=${kase.seed}`;
  const { page, sco } = await launch({ launch: launchQuery });
  // The LMS closes the SCO's frame: pagehide terminates the session with exit "suspend".
  const said = await leaveAfterTwoMoves(page, sco, kase, 'Terminate');
  const data = await cmi(page);
  assert.equal(data['cmi.exit'], 'suspend');
  assert.equal(interactions(data, '2004').length, 2);
  const carried = Object.fromEntries(
    Object.entries(data).filter(([k]) => !/\._|session_time|\.exit$|\.entry$|total_time|_children|_count/.test(k)),
  );
  carried['cmi.entry'] = 'resume';
  // The learner comes back in the same browser; this time the runtime is slow.
  const context = page.context();
  const late = await holdBack(context, '**/lms/calmline_lms_bg.wasm*');
  await context.addInitScript((initial) => {
    if (window.top === window) window.CALMLINE_INITIAL_CMI = initial;
  }, carried);
  const again = await context.newPage();
  again.problems = [];
  again.on('pageerror', (err) => again.problems.push(`page error: ${err.message}`));
  again.on('console', (msg) => { if (msg.type() === 'error') again.problems.push(`console error: ${msg.text()}`); });
  const params = new URLSearchParams({ v: '2004', launch: `scenario=${ID}&${launchQuery}` });
  await again.goto(`${env.server.url}lms-host.html?${params}`);
  const back = await (await again.waitForSelector('#sco')).contentFrame();
  // The briefing shows while the LMS has not said whose the kept call is.
  await back.getByTestId('start-call').waitFor();
  await status(back, 'connecting');
  assert.equal(await back.getByTestId('resume').count(), 0, 'not resumed before the LMS answered');
  assert.equal(await back.getByTestId('agent-line').count(), 0);
  late.release();
  // Then the call is picked up at the same turn, and goes on in the same attempt.
  await back.getByTestId('resume').waitFor();
  await status(back, 'saved');
  assert.deepEqual(await back.getByTestId('customer-line').allInnerTexts(), said, 'the same turn');
  assert.equal(await back.getByTestId('agent-line').count(), 2);
  await back.getByTestId('resume').click();
  await say(back, kase.moves[2]);
  await lmsHolds(again, 3);
  checkInteractions(interactions(await cmi(again), '2004'), '2004', [3]);
  assert.deepEqual([...page.problems, ...again.problems], []);
  await context.close();
});

for (const file of ['calmline_lms.js', 'calmline_lms_bg.wasm']) {
  test(`a runtime that cannot be loaded (${file} 404): the status says so, the call plays to its debrief and is kept locally`, async () => {
    const kase = await textbook();
    let refused = 0;
    const { page, sco } = await launch({
      launch: `timer=off&mode=exam&seed=${kase.seed}`,
      setup: (context) => context.route(`**/lms/${file}*`, (route) => {
        refused++;
        return route.fulfill({ status: 404, body: '' });
      }),
    });
    await status(sco, 'missing');
    assert.equal(refused, 1);
    await playCase(sco, kase);
    await status(sco, 'missing');
    assert.equal(Number(await sco.getByTestId('debrief-score').getAttribute('data-score')), kase.overall);
    // No LMS answered: nothing to finish, the trainee may play again, and the LMS heard nothing.
    assert.equal(await sco.getByTestId('lms-finish').count(), 0);
    assert.equal(await sco.getByTestId('retry').count(), 1);
    assert.deepEqual(await calls(page), []);
    assert.equal(interactions(await cmi(page), '2004').length, 0);
    // Local progress keeps the result: the catalog of this browser shows the call as played.
    const progress = await sco.evaluate(() => localStorage.getItem('calmline.progress'));
    assert.match(progress ?? '', new RegExp(`(^v2 |\\s)${ID}:${kase.overall}:1:${kase.passed ? 1 : 0}(\\s|$)`), progress);
    const catalog = await page.context().newPage();
    await catalog.goto(env.server.url);
    const record = catalog.locator(`[data-testid=scenario-card][data-id="${ID}"]`).getByTestId('card-record');
    await record.waitFor();
    const text = await record.innerText();
    for (const part of [kase.passed ? 'Passed' : 'Not passed yet', `Best score: ${kase.overall}`, 'played once']) {
      assert.ok(text.includes(part), `${part} in ${text}`);
    }
    assert.deepEqual(page.problems.filter((p) => !notFound(p)), []);
    await page.context().close();
  });
}
