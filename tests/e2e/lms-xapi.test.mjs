// cmi5 and plain xAPI launches on the release build against a real LRS (Learning Locker's
// `xapi-statements`, in memory) behind a small cmi5 LMS stand-in on another origin: every
// statement read back from the LRS, checked with `xapi-validation` and the cmi5 rules; the
// LRS failing (500, 401, dropped) mid-call, a reload mid-call, a shared computer, and the
// Finish button going back to the LMS.
import { after, before, beforeEach, test } from 'node:test';
import assert from 'node:assert/strict';
import { clickStart, launchBrowser, newPage, playToEnd, screenshot, serveStatic, settled, skipSpeaking, toDebrief } from './helpers.mjs';
import { planCases, playCase } from './plan.mjs';
import { startLrs, LRS_AUTH } from './lms-xapi/lrs.mjs';
import { startLms } from './lms-xapi/lms.mjs';
import { assertAnswered, assertCmi5Session, assertValid, CMI5_CATEGORY, verb } from './lms-xapi/rules.mjs';

const ID = 'shouter-late-delivery';
const ACTIVITY = `https://calmline.example/call/${ID}`;
const actor = (name, display = name) => ({
  objectType: 'Agent',
  name: display,
  account: { homePage: 'https://lms.example', name },
});

let server;
let browser;
let lrs;
let lms;

before(async () => {
  server = await serveStatic();
  browser = await launchBrowser();
  lrs = await startLrs();
  lms = await startLms(lrs.url, { preferences: { hanna: { languagePreference: 'hu-HU', audioPreference: 'on' } } });
});

beforeEach(() => {
  lms.fault = null;
});

after(async () => {
  await browser?.close();
  await server?.close();
  await lms?.stop();
  await lrs?.stop();
});

const gameUrl = (lmsKind, params) => `${server.url}index.html?lms=${lmsKind}&scenario=${ID}&timer=off&mode=exam&${params}`;
const status = (page, kind) => page.locator(`[data-testid=lms-status][data-status=${kind}]`).waitFor({ timeout: 20_000 });

/** Gives `n` replies (the one shown at `position`, which the page's seeded deal makes one that
 * keeps the call going), going on after feedback. */
async function replies(page, n, position = 1) {
  for (let i = 0; i < n; i++) {
    // The customer's line is delivered at once: its speaking time is not the LRS's.
    await page.waitForSelector('[data-testid=skip-speaking], [data-testid=reply]');
    await skipSpeaking(page);
    await page.getByTestId('reply').first().waitFor();
    // The screen brings the replies up smoothly: clicked while they still move, a click can
    // land beside its reply on a loaded machine (a rehearsal once waited 30 s for the move).
    await settled(page);
    const before = await page.getByTestId('agent-line').count();
    await page.getByTestId('reply').nth(position - 1).click();
    await page.waitForFunction(
      (k) => document.querySelectorAll('[data-testid=agent-line]').length > k || document.querySelector('[data-testid=debrief]'),
      before,
    );
    assert.equal(await page.getByTestId('debrief').count(), 0, 'the call goes on');
    if (await page.getByTestId('continue').count()) await page.getByTestId('continue').click();
  }
}

/** Console errors of the page other than the LMS answering 404 for a document it does not
 * keep (the learner preferences, or LaunchData where a test removed it): the browser logs
 * those, the adapter reads them as "none". Page errors always count. */
function watch(page) {
  const problems = [];
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  page.on('console', (msg) => {
    if (msg.type() !== 'error') return;
    const url = msg.location().url ?? '';
    const expected = /status of 404/.test(msg.text()) && /\/xapi\/(agents\/profile|activities\/state)\?/.test(url);
    if (!expected) problems.push(`${msg.text()} ${url}`);
  });
  return problems;
}

/** Waits until the LRS holds `count` statements of the registration (or more). */
async function stored(registration, count, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const statements = await lrs.statements(registration);
    if (statements.length >= count || Date.now() > deadline) return statements;
    await new Promise((ok) => setTimeout(ok, 250));
  }
}

/** The moves of the finished call, as the debrief lists them. */
const moves = (statements) => statements.filter((s) => verb(s) === 'answered').length;

test('a whole cmi5 call: initialized, one answered per move, completed, a verdict, terminated, then back to the LMS', async () => {
  const page = await newPage(browser, { entropy: 11 });
  const problems = watch(page);
  const launch = lms.launch({ activityId: ACTIVITY, actor: actor('ewa', 'Nowak, Ewa'), masteryScore: 0.7 });
  await page.goto(gameUrl('cmi5', launch.params));
  await page.getByTestId('lms-greeting').filter({ hasText: 'Ewa' }).waitFor();
  await status(page, 'saved');
  await clickStart(page);
  const played = await playToEnd(page);
  await status(page, 'saved');
  const score = Number(await page.getByTestId('debrief-score').getAttribute('data-score'));
  await page.getByTestId('lms-finish').click();
  await page.waitForURL(launch.returnURL);
  await page.locator('#lms-course').waitFor();

  const statements = await stored(launch.registration, played + 4);
  assertValid(statements, launch.registration);
  const verbs = assertCmi5Session(statements, { sessionId: launch.sessionId, masteryScore: 0.7 });
  assert.equal(moves(statements), played, 'one answered per move');
  assert.equal(statements.length, played + 4, verbs.join());
  const verdict = statements.find((s) => ['passed', 'failed'].includes(verb(s)));
  assert.equal(verdict.result.score.raw, score, 'the score the debrief shows');
  assert.equal(verdict.result.success, score >= 70);
  assert.equal(lms.fetches(launch.id), 1, 'one token fetch');
  for (const s of statements) assert.deepEqual(s.actor.account, { homePage: 'https://lms.example', name: 'ewa' });
  console.log(`full cmi5 call: ${statements.length} statements (${played} moves), ${verb(verdict)} ${score}`);
  console.log(JSON.stringify(statements.filter((s) => verb(s) === 'answered')[0]));
  console.log(JSON.stringify(verdict));
  assert.deepEqual(problems, []);
  await page.context().close();
});

test('a passing cmi5 call: passed with a score at or above the masteryScore, and no failed', async () => {
  // A passing case of the call's test plan, played with its seed, at a mastery it meets.
  const kase = (await planCases(ID)).find((c) => c.passed && c.overall >= 70);
  assert.ok(kase, 'the plan pins a passing call scoring at least 70');
  const page = await newPage(browser, { entropy: 22 });
  const launch = lms.launch({ activityId: ACTIVITY, actor: actor('olga'), masteryScore: 0.7 });
  await page.goto(`${gameUrl('cmi5', launch.params)}&lang=en&seed=${kase.seed}`);
  await status(page, 'saved');
  await clickStart(page);
  await playCase(page, ID, kase);
  await toDebrief(page);
  const played = kase.moves.length;
  await status(page, 'saved');
  await page.getByTestId('lms-finish').click();
  await page.waitForURL(launch.returnURL);
  const statements = await stored(launch.registration, played + 4);
  assertValid(statements, launch.registration);
  const verbs = assertCmi5Session(statements, { sessionId: launch.sessionId, masteryScore: 0.7 });
  assert.ok(verbs.includes('passed') && !verbs.includes('failed'), verbs.join());
  await page.context().close();
});

test('Browse mode sends only initialized and terminated; the LMS preferred language is used', async () => {
  const page = await newPage(browser, { entropy: 12 });
  const launch = lms.launch({ activityId: ACTIVITY, actor: actor('hanna', 'Hanna'), launchMode: 'Browse' });
  await page.goto(gameUrl('cmi5', launch.params));
  await page.locator('html[lang=hu]').waitFor();
  await status(page, 'saved');
  await clickStart(page);
  await playToEnd(page);
  await page.getByTestId('lms-finish').click();
  await page.waitForURL(launch.returnURL);
  const statements = await stored(launch.registration, 2);
  await new Promise((ok) => setTimeout(ok, 500));
  assertValid(statements, launch.registration);
  assertCmi5Session(await lrs.statements(launch.registration), { sessionId: launch.sessionId, masteryScore: 0.7, mode: 'Browse' });
  await page.context().close();
});

test('a plain xAPI launch sends the same statements straight to the LRS, without cmi5 categories', async () => {
  // This deal answered by the second reply shown scores 65, a pass (the call's pass mark).
  const page = await newPage(browser, { entropy: 22 });
  const registration = crypto.randomUUID();
  const params = new URLSearchParams({
    endpoint: lrs.url,
    auth: LRS_AUTH,
    actor: JSON.stringify({ objectType: 'Agent', name: 'Jan', mbox: 'mailto:jan@example.com' }),
    registration,
  });
  await page.goto(gameUrl('xapi', params.toString()));
  await status(page, 'saved');
  await clickStart(page);
  const played = await playToEnd(page, { position: 2 });
  await status(page, 'saved');
  const passed = (await page.getByTestId('pass-fail').getAttribute('class')).includes('badge-pass');
  await page.getByTestId('lms-finish').click();
  await status(page, 'closed');
  const statements = await stored(registration, played + 4);
  assertValid(statements, registration);
  assert.deepEqual(
    statements.map(verb),
    ['initialized', ...Array(played).fill('answered'), 'completed', statements.at(-2).verb.id.endsWith('passed') ? 'passed' : 'failed', 'terminated'],
  );
  for (const s of statements) {
    assert.equal(s.context.contextActivities.category, undefined, 'no cmi5 category');
    assert.equal(s.context.extensions, undefined, 'no cmi5 session id');
    assert.equal(s.actor.mbox, 'mailto:jan@example.com');
    assert.ok(s.object.id.startsWith(ACTIVITY), s.object.id);
  }
  for (const s of statements.filter((s) => verb(s) === 'answered')) assertAnswered(s);
  assert.equal(verb(statements.at(-2)), passed ? 'passed' : 'failed', 'the verdict the debrief shows');
  console.log(`plain xAPI call: ${statements.length} statements, ${verb(statements.at(-2))}`);
  console.log(JSON.stringify(statements.at(-2)));
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('a plain xAPI launch without a registration makes one (UUID v4) and keeps it for reloads', async () => {
  const page = await newPage(browser, { entropy: 19 });
  const params = new URLSearchParams({
    endpoint: lrs.url,
    auth: LRS_AUTH,
    actor: JSON.stringify({ objectType: 'Agent', mbox: 'mailto:ida@example.com' }),
  });
  await page.goto(gameUrl('xapi', params.toString()));
  await status(page, 'saved');
  const made = () =>
    page.evaluate(() => Object.entries(sessionStorage).find(([k]) => k.startsWith('calmline.xapi.registration.'))?.[1]);
  const registration = await made();
  assert.match(registration, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  await page.reload();
  await status(page, 'saved');
  assert.equal(await made(), registration);
  const statements = await stored(registration, 1);
  assertValid(statements, registration);
  assert.deepEqual(statements.map(verb), ['initialized'], 'the reload did not initialize again');
  await page.context().close();
});

test('the LRS dropping requests, then answering 500 mid-call: the call plays on, every statement arrives once when it is back', async () => {
  const page = await newPage(browser, { entropy: 14 });
  const launch = lms.launch({ activityId: ACTIVITY, actor: actor('piotr') });
  await page.goto(gameUrl('cmi5', launch.params));
  await status(page, 'saved');
  await clickStart(page);
  await replies(page, 1);
  await status(page, 'saved');
  lms.fault = { drop: true };
  await replies(page, 1);
  await status(page, 'kept');
  lms.fault = { status: 500 };
  const played = 2 + (await playToEnd(page));
  await status(page, 'kept');
  const during = await lrs.statements(launch.registration);
  assert.ok(during.length < played + 3, `only what was sent before the fault (${during.length})`);
  assert.ok(lms.posts.some((p) => p.status === 500 && p.auth.endsWith(launch.token)), 'a 500 was answered');
  lms.fault = null;
  await page.evaluate(() => window.dispatchEvent(new Event('online')));
  await status(page, 'saved');
  await page.getByTestId('lms-finish').click();
  await page.waitForURL(launch.returnURL);
  const statements = await stored(launch.registration, played + 4);
  assertValid(statements, launch.registration);
  assertCmi5Session(statements, { sessionId: launch.sessionId, masteryScore: 0.7 });
  assert.equal(statements.length, played + 4);
  await page.context().close();
});

test('an LRS answering 401 keeps the statements until it takes them', async () => {
  const page = await newPage(browser, { entropy: 15 });
  const launch = lms.launch({ activityId: ACTIVITY, actor: actor('zofia') });
  lms.fault = { status: 401 };
  await page.goto(gameUrl('cmi5', launch.params));
  await status(page, 'kept');
  await clickStart(page);
  await replies(page, 2);
  assert.equal((await lrs.statements(launch.registration)).length, 0);
  const kept = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('calmline.outbox.')));
  assert.equal(kept.length, 1, kept.join());
  assert.ok(kept[0].endsWith(launch.registration));
  lms.fault = null;
  await page.evaluate(() => window.dispatchEvent(new Event('online')));
  await status(page, 'saved');
  const statements = await stored(launch.registration, 3);
  assert.deepEqual(statements.map(verb), ['initialized', 'answered', 'answered']);
  assert.equal(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('calmline.outbox.')).length), 0);
  await page.context().close();
});

test('a statement the LRS refuses for good (400) is set aside and never blocks the ones after it', async () => {
  const page = await newPage(browser, { entropy: 15 });
  const launch = lms.launch({ activityId: ACTIVITY, actor: actor('olga') });
  await page.goto(gameUrl('cmi5', launch.params));
  await status(page, 'saved');
  await stored(launch.registration, 1);
  await clickStart(page);
  // The next request, which carries the first move's answer alone, is refused for good.
  lms.fault = { status: 400, once: true };
  await replies(page, 1);
  await page.waitForFunction(() => Object.keys(localStorage).some((k) => k.startsWith('calmline.refused.')));
  await replies(page, 1);
  const statements = await stored(launch.registration, 2);
  assert.deepEqual(statements.map(verb), ['initialized', 'answered']);
  await status(page, 'saved');
  const refused = await page.evaluate(() => {
    const key = Object.keys(localStorage).find((k) => k.startsWith('calmline.refused.'));
    return { key, lines: localStorage.getItem(key).split('\n') };
  });
  assert.ok(refused.key.endsWith(launch.registration));
  assert.equal(refused.lines.length, 1);
  const [id] = refused.lines[0].split(' ');
  assert.ok(!statements.some((st) => st.id === id), 'the refused statement is not in the LRS');
  assert.equal(JSON.parse(refused.lines[0].slice(id.length + 1)).verb.id, 'http://adlnet.gov/expapi/verbs/answered');
  assert.equal(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('calmline.outbox.')).length), 0);
  await page.context().close();
});

test('a reload mid-call goes on in the same session: no second token fetch, no second initialized', async () => {
  const page = await newPage(browser, { entropy: 16 });
  const problems = watch(page);
  const launch = lms.launch({ activityId: ACTIVITY, actor: actor('marek'), masteryScore: 0.9 });
  await page.goto(gameUrl('cmi5', launch.params));
  await status(page, 'saved');
  await clickStart(page);
  await replies(page, 2, 3);
  await status(page, 'saved');
  await page.reload();
  await status(page, 'saved');
  if (await page.getByTestId('resume').count()) await page.getByTestId('resume').click();
  const played = 2 + (await playToEnd(page, { position: 3 }));
  await status(page, 'saved');
  await page.getByTestId('lms-finish').click();
  await page.waitForURL(launch.returnURL);
  const statements = await stored(launch.registration, played + 4);
  assertValid(statements, launch.registration);
  assertCmi5Session(statements, { sessionId: launch.sessionId, masteryScore: 0.9 });
  assert.equal(moves(statements), played);
  assert.equal(lms.fetches(launch.id), 1, 'the token was fetched once');
  const verdict = statements.find((s) => ['passed', 'failed'].includes(verb(s)));
  console.log(`reload call: ${verb(verdict)} ${verdict.result.score.raw}`);
  console.log(JSON.stringify(verdict));
  assert.deepEqual(problems, []);
  await page.context().close();
});

test('a shared computer: learner A’s unsent statements never go out under learner B, and go out at A’s next launch', async () => {
  // One browser profile (one context: the same local storage) for both learners.
  const a1 = await newPage(browser, { entropy: 14 });
  const context = a1.context();
  const registrationA = crypto.randomUUID();
  const launchA = lms.launch({ activityId: ACTIVITY, actor: actor('anna'), registration: registrationA });
  await a1.goto(gameUrl('cmi5', launchA.params));
  await status(a1, 'saved');
  lms.fault = { status: 500 };
  await clickStart(a1);
  await replies(a1, 2, 3);
  await status(a1, 'kept');
  const left = await a1.evaluate(() =>
    Object.entries(localStorage).filter(([k]) => k.startsWith('calmline.outbox.')).flatMap(([, v]) => v.split('\n').map((line) => line.split(' ')[0])),
  );
  assert.equal(left.length, 2, 'two answers wait');
  await a1.close();
  // The request the closing page sent (keepalive) meets the fault too.
  await new Promise((ok) => setTimeout(ok, 1_000));
  lms.fault = null;
  const firstB = lms.posts.length;

  // Learner B, same browser profile: B's launch starts afresh (A's unfinished call, kept in
  // this browser, is A's alone) and sends nothing of A's.
  const b = await context.newPage();
  const launchB = lms.launch({ activityId: ACTIVITY, actor: actor('bela') });
  await b.goto(gameUrl('cmi5', launchB.params));
  await status(b, 'saved');
  await b.getByTestId('start-call').waitFor();
  assert.equal(await b.getByTestId('resume').count(), 0, 'A’s call is not resumed for B');
  await clickStart(b);
  const playedB = await playToEnd(b);
  await status(b, 'saved');
  const outboxes = await b.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('calmline.outbox.')));
  assert.equal(outboxes.length, 1, 'A’s outbox is still there, B’s is empty');
  assert.ok(outboxes[0].endsWith(`.${registrationA}`));
  await b.getByTestId('lms-finish').click();
  await b.waitForURL(launchB.returnURL);
  const bStatements = await stored(launchB.registration, playedB + 4);
  assertValid(bStatements, launchB.registration);
  assertCmi5Session(bStatements, { sessionId: launchB.sessionId, masteryScore: 0.7 });
  assert.equal(bStatements.length, playedB + 4);
  for (const p of lms.posts.slice(firstB)) {
    for (const id of p.ids) assert.ok(!left.includes(id), `A's statement ${id} sent during B's launch`);
  }
  assert.equal((await lrs.statements(registrationA)).filter((s) => left.includes(s.id)).length, 0);
  for (const s of bStatements) assert.equal(s.actor.account.name, 'bela');
  await b.close();

  // Even a launch of A's registration for another learner (no LMS does that; the outbox is
  // keyed by learner too) sends nothing of A's.
  const c = await context.newPage();
  const firstC = lms.posts.length;
  const launchC = lms.launch({ activityId: ACTIVITY, actor: actor('cyril'), registration: registrationA });
  await c.goto(gameUrl('cmi5', launchC.params));
  await status(c, 'saved');
  await c.getByTestId('start-call').waitFor();
  assert.equal(await c.getByTestId('resume').count(), 0, 'A’s call is not resumed for C');
  for (const p of lms.posts.slice(firstC)) {
    for (const id of p.ids) assert.ok(!left.includes(id), `A's statement ${id} sent during C's launch`);
  }
  const underA = await lrs.statements(registrationA);
  assert.equal(underA.filter((s) => left.includes(s.id)).length, 0);
  assert.ok(underA.some((s) => s.actor.account.name === 'cyril'), 'C’s own initialized');
  await c.close();

  // A's next launch of the same registration sends them.
  const a2 = await context.newPage();
  const launchA2 = lms.launch({ activityId: ACTIVITY, actor: actor('anna'), registration: registrationA });
  await a2.goto(gameUrl('cmi5', launchA2.params));
  await status(a2, 'saved');
  const aStatements = await stored(registrationA, 5);
  assertValid(aStatements, registrationA);
  for (const id of left) assert.equal(aStatements.filter((s) => s.id === id).length, 1, `${id} stored once`);
  const annas = aStatements.filter((s) => s.actor.account.name === 'anna');
  const sessions = new Set(annas.map((s) => s.context.extensions['https://w3id.org/xapi/cmi5/context/extensions/sessionid']));
  assert.deepEqual([...sessions].sort(), [launchA.sessionId, launchA2.sessionId].sort());
  await screenshot(a2, 'lms-xapi-shared-computer');
  await context.close();
});

test('a slow LRS never slows the call: replies go on at once, statements arrive later', async () => {
  const page = await newPage(browser, { entropy: 15 });
  const launch = lms.launch({ activityId: ACTIVITY, actor: actor('tomasz') });
  await page.goto(gameUrl('cmi5', launch.params));
  await status(page, 'saved');
  lms.fault = { delayMs: 4_000 };
  await clickStart(page);
  const started = Date.now();
  await replies(page, 2);
  assert.ok(Date.now() - started < 3_000, `two replies took ${Date.now() - started} ms`);
  lms.fault = null;
  await status(page, 'saved');
  const statements = await stored(launch.registration, 3);
  assert.deepEqual(statements.map(verb), ['initialized', 'answered', 'answered']);
  await page.context().close();
});

test('leaving the page after the call without Finish terminates the session (keepalive)', async () => {
  const page = await newPage(browser, { entropy: 11 });
  const launch = lms.launch({ activityId: ACTIVITY, actor: actor('karol') });
  await page.goto(gameUrl('cmi5', launch.params));
  await status(page, 'saved');
  await clickStart(page);
  const played = await playToEnd(page);
  await status(page, 'saved');
  await page.goto('about:blank');
  const statements = await stored(launch.registration, played + 4);
  assertValid(statements, launch.registration);
  assertCmi5Session(statements, { sessionId: launch.sessionId, masteryScore: 0.7 });
  await page.context().close();
});

test('launch parameters that are missing or unusable say so, and the call still plays', async () => {
  const page = await newPage(browser, { entropy: 17 });
  await page.goto(gameUrl('cmi5', 'endpoint=ftp%3A%2F%2Fx&actor=%7B'));
  await status(page, 'missing');
  await clickStart(page);
  await playToEnd(page);
  await page.getByTestId('debrief').waitFor();
  await page.context().close();
});

test('a cmi5 LMS without LaunchData: the call is reported as a Normal launch', async () => {
  const page = await newPage(browser, { entropy: 18 });
  const launch = lms.launch({ activityId: ACTIVITY, actor: actor('lena'), noLaunchData: true });
  await page.goto(gameUrl('cmi5', launch.params));
  await status(page, 'saved');
  await clickStart(page);
  const played = await playToEnd(page);
  await status(page, 'saved');
  const statements = await stored(launch.registration, played + 3);
  assertValid(statements, launch.registration);
  assert.deepEqual(statements.slice(0, 1).map(verb), ['initialized']);
  assert.equal(moves(statements), played);
  await page.context().close();
});
