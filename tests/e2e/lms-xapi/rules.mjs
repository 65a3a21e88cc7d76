// The checks a Learning Record Store does not make: every statement valid xAPI (Learning
// Locker's `xapi-validation`), and the cmi5 rules of one session asserted by hand.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { SESSION_EXTENSION } from './lms.mjs';

const require = createRequire(import.meta.url);
const validate = require('xapi-validation').default;

export const CMI5_CATEGORY = 'https://w3id.org/xapi/cmi5/context/categories/cmi5';
const ADL = 'http://adlnet.gov/expapi/verbs/';
const CMI5_DEFINED = ['initialized', 'completed', 'passed', 'failed', 'terminated'];

/** The short verb of a statement (`answered`). */
export const verb = (s) => s.verb.id.replace(ADL, '');

/** Every statement is valid xAPI and carries the registration; ids are stored once. */
export function assertValid(statements, registration) {
  for (const s of statements) {
    const problems = validate(s);
    assert.deepEqual(problems, [], `${verb(s)} ${s.id}: ${JSON.stringify(problems)}`);
    assert.equal(s.context?.registration, registration, `registration on ${verb(s)}`);
  }
  const ids = statements.map((s) => s.id);
  assert.equal(new Set(ids).size, ids.length, 'every statement stored once');
}

/** An answered statement is a choice interaction with its choices, correct response, and
 * the learner's response, success and latency. */
export function assertAnswered(s) {
  const d = s.object.definition;
  assert.equal(d.type, 'http://adlnet.gov/expapi/activities/cmi.interaction');
  assert.equal(d.interactionType, 'choice');
  assert.ok(Array.isArray(d.choices) && d.choices.length >= 1, 'choices');
  for (const c of d.choices) assert.ok(c.id && Object.values(c.description ?? {})[0], 'choice with a description');
  assert.ok(Array.isArray(d.correctResponsesPattern) && d.correctResponsesPattern.length === 1, 'correctResponsesPattern');
  assert.ok(d.choices.some((c) => c.id === d.correctResponsesPattern[0]), 'the correct response is a choice');
  assert.equal(typeof s.result.response, 'string');
  assert.ok(s.result.success === undefined || typeof s.result.success === 'boolean');
  assert.match(s.result.duration, /^PT(\d+H)?(\d+M)?(\d+(\.\d+)?S)?$/);
  assert.ok(s.context.contextActivities.parent?.[0]?.id, 'the call is the parent');
}

/**
 * The cmi5 rules of one session's statements, in stored order: initialized first, terminated
 * last, one completed without a score, at most one verdict and never failed after passed, a
 * failed score below the mastery score, the cmi5 category on cmi5-defined statements only,
 * the session id on all. `mode` Browse/Review: only initialized and terminated.
 * Returns the verbs in order.
 */
export function assertCmi5Session(statements, { sessionId, masteryScore, mode = 'Normal', ended = true }) {
  const verbs = statements.map(verb);
  assert.equal(verbs[0], 'initialized', verbs.join());
  assert.equal(verbs.filter((v) => v === 'initialized').length, 1, 'one initialized');
  assert.equal(verbs.at(-1), 'terminated', verbs.join());
  assert.equal(verbs.filter((v) => v === 'terminated').length, 1, 'one terminated');
  const times = statements.map((s) => Date.parse(s.timestamp));
  assert.deepEqual(times, [...times].sort((a, b) => a - b), 'timestamps in order');
  for (const s of statements) {
    assert.equal(s.context.extensions?.[SESSION_EXTENSION], sessionId, `session id on ${verb(s)}`);
    const categories = (s.context.contextActivities?.category ?? []).map((c) => c.id);
    assert.equal(categories.includes(CMI5_CATEGORY), CMI5_DEFINED.includes(verb(s)), `cmi5 category on ${verb(s)}`);
    assert.ok(s.context.contextActivities?.grouping?.length, `grouping of the template on ${verb(s)}`);
  }
  if (mode !== 'Normal') {
    assert.deepEqual(verbs, ['initialized', 'terminated']);
    return verbs;
  }
  const completed = statements.filter((s) => verb(s) === 'completed');
  assert.equal(completed.length, ended ? 1 : 0, 'one completed');
  for (const s of completed) assert.equal(s.result?.score, undefined, 'completed carries no score');
  const verdicts = statements.filter((s) => ['passed', 'failed'].includes(verb(s)));
  assert.ok(verdicts.length <= 1, 'at most one verdict');
  const passedAt = verbs.indexOf('passed');
  assert.ok(passedAt < 0 || !verbs.slice(passedAt).includes('failed'), 'never failed after passed');
  for (const s of verdicts) {
    const scaled = s.result.score.scaled;
    if (verb(s) === 'failed') assert.ok(scaled < masteryScore, `failed ${scaled} below ${masteryScore}`);
    else assert.ok(scaled >= masteryScore, `passed ${scaled} at least ${masteryScore}`);
    assert.equal(s.result.success, verb(s) === 'passed');
  }
  for (const s of statements.filter((s) => verb(s) === 'answered')) assertAnswered(s);
  return verbs;
}
