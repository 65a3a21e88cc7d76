// Shared pieces of the SCORM end-to-end tests (lms-scorm.test.mjs, lms-scorm-faults.test.mjs):
// the site and an LMS stand-in host page (host.html: scorm-again's runtime API on the host window,
// the SCO in an iframe), reading the LMS's data model back, and the SCORM specifications' limits,
// which scorm-again does not enforce, asserted here.
import { after, before } from 'node:test';
import assert from 'node:assert/strict';
import { copyFile, mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { DIST, clickStart, launchBrowser, newPage, serveStatic, toDebrief } from '../helpers.mjs';

const require = createRequire(import.meta.url);
export const HOST = resolve('tests/e2e/lms-scorm/host.html');
// dist/scorm-again.js, the package's main file (window.Scorm12API, window.Scorm2004API).
export const SCORM_AGAIN = require.resolve('scorm-again');
export const ID = 'shouter-late-delivery';

/** The site (`server`), the host page alone on another port (`foreign`, another origin than the
 * site) and Chromium, set up before the tests of the calling file and closed after them. */
export const env = {};

export function useLms() {
  before(async () => {
    env.server = await serveStatic();
    // Served for real, not routed: Chromium aborts a routed page's cross-origin frames.
    const dir = await mkdtemp(join(tmpdir(), 'calmline-lms-host-'));
    await copyFile(HOST, join(dir, 'lms-host.html'));
    await copyFile(SCORM_AGAIN, join(dir, 'scorm-again.js'));
    env.foreign = await serveStatic(dir);
    env.browser = await launchBrowser();
  });
  after(async () => {
    await env.browser?.close();
    await env.server?.close();
    await env.foreign?.close();
  });
  return env;
}

/** Serves the host page and scorm-again next to the site, in this browser context. */
export async function routeHost(context) {
  await context.route((url) => url.pathname.endsWith('/lms-host.html'), (r) => r.fulfill({ path: HOST, contentType: 'text/html' }));
  await context.route((url) => url.pathname.endsWith('/scorm-again.js'), (r) => r.fulfill({ path: SCORM_AGAIN, contentType: 'text/javascript' }));
}

/** A fresh browser with the host page of SCORM `v` ('12' or '2004') launching `launch`;
 * `initial` is the flattened CMI the LMS starts with. Returns the page and the SCO's frame. */
export async function host(v, { launch = 'timer=off&mode=exam&seed=0', initial, entropy = 1 } = {}) {
  const page = await newPage(env.browser, { entropy });
  const context = page.context();
  await routeHost(context);
  if (initial) {
    await context.addInitScript((cmi) => {
      if (window.top === window) window.CALMLINE_INITIAL_CMI = cmi;
    }, initial);
  }
  const params = new URLSearchParams({ v, launch: `scenario=${ID}&${launch}` });
  await page.goto(`${env.server.url}lms-host.html?${params}`);
  const sco = await (await page.waitForSelector('#sco')).contentFrame();
  await sco.waitForSelector('[data-testid=lms-status]');
  return { page, sco };
}

export const status = (sco, s) => sco.locator(`[data-testid=lms-status][data-status=${s}]`).waitFor();
export const cmi = (page) => page.evaluate(() => window.lms.cmi());
export const calls = (page) => page.evaluate(() => window.lms.calls);

/** Answers the reply shown at `position`, waiting for the call to go on. */
export async function reply(sco, position = 1) {
  await sco.getByTestId('reply').first().waitFor();
  const before = await sco.getByTestId('agent-line').count();
  await sco.getByTestId('reply').nth(position - 1).click();
  await sco.waitForFunction(
    (n) => document.querySelectorAll('[data-testid=agent-line]').length > n || document.querySelector('[data-testid=debrief]'),
    before,
  );
  // The customer's answer is said before the next replies come (or the call ends).
  await sco.waitForSelector('[data-testid=reply], [data-testid=hangup], [data-testid=debrief]');
}

/** The interactions of the data model, in index order, checking there are no gaps. */
export function interactions(data, v) {
  const ids = Object.keys(data).filter((k) => /^cmi\.interactions\.\d+\.id$/.test(k));
  const list = [];
  for (let n = 0; `cmi.interactions.${n}.id` in data; n++) {
    const get = (k) => data[`cmi.interactions.${n}.${k}`];
    list.push({
      id: get('id'),
      type: get('type'),
      response: get(v === '12' ? 'student_response' : 'learner_response'),
      result: get('result'),
      latency: get('latency'),
      time: get(v === '12' ? 'time' : 'timestamp'),
      description: get('description'),
      weighting: get('weighting'),
      pattern: get('correct_responses.0.pattern'),
    });
  }
  assert.equal(list.length, ids.length, 'no gaps in the interaction indices');
  return list;
}

/** The spec's limits on every interaction, and ids `t<try>-m<move>-<turn>` in order. */
export function checkInteractions(list, v, tries) {
  const identifier = /^[\x21-\x7e]{1,255}$/;
  let expected = [];
  for (const [t, moves] of tries.entries()) {
    for (let m = 1; m <= moves; m++) expected.push(`t${t + 1}-m${m}-`);
  }
  assert.deepEqual(list.map((i) => i.id.replace(/^(t\d+-m\d+-).*$/, '$1')), expected, 'one interaction per move, in order');
  for (const i of list) {
    assert.match(i.id, identifier);
    assert.equal(i.type, 'choice');
    assert.match(i.response, identifier);
    assert.equal(i.weighting, '1');
    if (i.pattern !== undefined && i.pattern !== '') assert.match(i.pattern, identifier);
    if (v === '12') {
      assert.ok(['correct', 'wrong', 'unanticipated', 'neutral'].includes(i.result) || /^-?\d+(\.\d+)?$/.test(i.result), i.result);
      assert.match(i.latency, /^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/, 'CMITimespan');
      assert.match(i.time, /^([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,2})?$/, 'CMITime');
      assert.equal(i.description, undefined, 'no description in 1.2');
    } else {
      assert.ok(['correct', 'incorrect', 'unanticipated', 'neutral'].includes(i.result) || /^-?\d+(\.\d+)?$/.test(i.result), i.result);
      assert.match(i.latency, /^PT(\d+H)?(\d+M)?(\d+(\.\d{1,2})?S)?$/, 'timeinterval');
      assert.match(i.time, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{1,2}Z$/, 'timestamp with a fraction before its zone');
      if (!/-(silence|hang-up)$/.test(i.response)) {
        assert.ok(i.description && i.description.length <= 250, `description ${i.description}`);
      }
    }
  }
}

/** The score, status and objectives of a finished attempt, within each version's limits. */
export function checkStatus(data, v, { passed, score, skills }) {
  if (v === '12') {
    assert.equal(data['cmi.core.lesson_status'], passed ? 'passed' : 'failed');
    assert.equal(data['cmi.core.score.raw'], String(score));
    assert.equal(data['cmi.core.score.min'], '0');
    assert.equal(data['cmi.core.score.max'], '100');
    assert.ok(data['cmi.core.lesson_location'].length <= 255);
    assert.ok(data['cmi.suspend_data'].length <= 4096, 'suspend_data within 1.2 limit');
  } else {
    assert.equal(data['cmi.completion_status'], 'completed');
    assert.equal(data['cmi.success_status'], passed ? 'passed' : 'failed');
    assert.equal(data['cmi.score.raw'], String(score));
    assert.equal(Number(data['cmi.score.scaled']), score / 100);
    assert.ok(data['cmi.location'].length <= 1000);
    assert.ok(data['cmi.suspend_data'].length <= 64000);
  }
  const objectives = Object.keys(data).filter((k) => /^cmi\.objectives\.\d+\.id$/.test(k));
  assert.equal(objectives.length, skills, 'one objective per skill');
  for (const k of objectives) {
    assert.match(data[k], /^skill-[a-z-]+$/);
    const raw = data[k.replace(/id$/, 'score.raw')];
    if (raw !== undefined && raw !== '') assert.ok(Number(raw) >= 0 && Number(raw) <= 100, raw);
  }
}

/** The session times the game set, each in its version's format. */
export function checkSessionTimes(log, v) {
  const times = log.filter((c) => /SetValue$/.test(c.method) && /session_time$/.test(c.args[0])).map((c) => c.args[1]);
  assert.ok(times.length > 0, 'a session time was set');
  for (const t of times) {
    if (v === '12') assert.match(t, /^\d{4}:\d{2}:\d{2}(\.\d{1,2})?$/, 'HHHH:MM:SS.SS');
    else assert.match(t, /^PT(\d+H)?(\d+M)?(\d+(\.\d{1,2})?S)?$/, 'ISO 8601 duration with at most 2 decimals');
  }
}

/** Nothing was called after the session was terminated, and it was terminated once. */
export function checkTerminatedOnce(log, v) {
  const end = v === '12' ? 'LMSFinish' : 'Terminate';
  const at = log.findIndex((c) => c.method === end);
  assert.ok(at >= 0, 'terminated');
  assert.deepEqual(log.slice(at + 1).map((c) => c.method), [], 'nothing after Terminate');
}

const unquote = (s) => JSON.parse(`"${s}"`);

/** A case of the scenario's test plan (moves by reply id) with the seed the engine played it with. */
export async function planCase(pick) {
  const seeds = JSON.parse(await readFile(process.env.CALMLINE_PLAN_SEEDS ?? join('target', 'plan-seeds.json'), 'utf8'))[ID];
  const text = await readFile(join('scenarios', `${ID}.plan.toml`), 'utf8');
  const cases = text.split('[[case]]').slice(1).map((block, i) => {
    const value = (key) => block.match(new RegExp(`^${key} = (.*)$`, 'm'))?.[1];
    return {
      moves: [...(value('moves') ?? '').matchAll(/"([^"]+)"/g)].map((m) => m[1]),
      overall: Number(value('overall')),
      passed: value('passed') === 'true',
      seed: seeds[i],
    };
  });
  const found = cases.find((c) => c.moves.every((m) => !/\.(silence|hang-up)$/.test(m)) && pick(c));
  assert.ok(found, 'a plan case');
  return found;
}

/** The English wordings of `turn.reply` in the served scenario file. */
async function replyTexts(move) {
  const source = await readFile(join(DIST, 'scenarios', `${ID}.toml`), 'utf8');
  const [turn, id] = move.split('.');
  const ownId = (block) => block.match(/^id = "([^"]*)"$/m)?.[1];
  const turnBlock = source.split('[[turn]]').slice(1).find((b) => ownId(b) === turn);
  const replyBlock = turnBlock.split('[[turn.reply]]').slice(1).find((b) => ownId(b) === id);
  const list = replyBlock.match(/^text\.en = \[\n([\s\S]*?)\n\]$/m);
  if (list) return [...list[1].matchAll(/^\s*"((?:[^"\\]|\\.)*)",?\s*$/gm)].map((m) => unquote(m[1]));
  const m = replyBlock.match(/^text\.en = "((?:[^"\\]|\\.)*)"$/m) ?? replyBlock.match(/en = "((?:[^"\\]|\\.)*)"/);
  return [unquote(m[1])];
}

/** Answers with the reply `turn.reply` of the plan, found by its wording. */
export async function say(sco, move) {
  const texts = await replyTexts(move);
  await sco.getByTestId('reply').first().waitFor();
  const shown = await sco.getByTestId('reply').locator('.reply-text').allInnerTexts();
  const index = shown.findIndex((t) => texts.includes(t.trim()));
  assert.ok(index >= 0, `${move} on screen`);
  await reply(sco, index + 1);
}

/** Plays a plan case's moves by their wording. */
export async function playCase(sco, kase) {
  await clickStart(sco);
  for (const move of kase.moves) await say(sco, move);
  await toDebrief(sco);
}

/** The textbook call of the plan (it passes at 100 with nine moves). */
export const textbook = () => planCase((c) => c.passed && c.overall === 100);

/**
 * Starts the call, makes its first two moves and closes the SCO's frame as an LMS does (pagehide
 * ends the session with exit "suspend"); waits for `finish` (`LMSFinish` or `Terminate`).
 * Returns the customer's lines said so far.
 */
export async function leaveAfterTwoMoves(page, sco, kase, finish) {
  await status(sco, 'saved');
  await clickStart(sco);
  await say(sco, kase.moves[0]);
  await say(sco, kase.moves[1]);
  const said = await sco.getByTestId('customer-line').allInnerTexts();
  await page.evaluate(() => { document.getElementById('sco').src = 'about:blank'; });
  await page.waitForFunction((m) => window.lms.calls.some((c) => c.method === m), finish);
  return said;
}
