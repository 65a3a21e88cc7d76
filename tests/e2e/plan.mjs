// A scenario's test plan played through the real UI: its cases (from `scenarios/<id>.plan.toml`,
// with the seed the engine played each with, from `target/plan-seeds.json`), and a case's moves
// chosen on screen by any of the reply's English wordings. Used by the verdict and LMS tests.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DIST, skipSpeaking } from './helpers.mjs';

export const unquote = (s) => JSON.parse(`"${s}"`);

/** The seed each case of a plan was played with by the engine (its twists decide it). */
async function planSeeds(id) {
  const all = JSON.parse(await readFile(process.env.CALMLINE_PLAN_SEEDS ?? join('target', 'plan-seeds.json'), 'utf8'));
  assert.ok(all[id], `plan seeds of ${id}`);
  return all[id];
}

/** The cases of a plan that play replies only (no timeout, no ending the call; replies are found
 * by their text), with what they pin and the seed to play them with. */
export async function planCases(id) {
  const text = await readFile(join('scenarios', `${id}.plan.toml`), 'utf8');
  const seeds = await planSeeds(id);
  return text
    .split('[[case]]')
    .slice(1)
    .map((block, i) => {
      const value = (key) => block.match(new RegExp(`^${key} = (.*)$`, 'm'))?.[1];
      const moves = [...(value('moves') ?? '').matchAll(/"([^"]+)"/g)].map((m) => m[1]);
      return {
        name: unquote(value('name').slice(1, -1)),
        moves,
        overall: value('overall') && Number(value('overall')),
        passed: value('passed') === 'true',
        critical: Number(value('critical') ?? 'NaN'),
        ending: unquote(value('ending').slice(1, -1)),
        plain: moves.every((m) => !/\.(silence|hang-up)$/.test(m)),
        seed: seeds[i],
      };
    })
    .filter((c) => c.plain && c.overall !== undefined);
}

/** The English wordings of `turn.reply` in the scenario file as served. */
export async function replyTexts(id, move) {
  const source = await readFile(join(DIST, 'scenarios', `${id}.toml`), 'utf8');
  const [turn, reply] = move.split('.');
  // A block's own id is its first `id = ` line (a turn's replies follow it).
  const ownId = (block) => block.match(/^id = "([^"]*)"$/m)?.[1];
  const turnBlock = source.split('[[turn]]').slice(1).find((b) => ownId(b) === turn);
  assert.ok(turnBlock, `turn ${turn}`);
  const replyBlock = turnBlock.split('[[turn.reply]]').slice(1).find((b) => ownId(b) === reply);
  assert.ok(replyBlock, `reply ${move}`);
  const list = replyBlock.match(/^text\.en = \[\n([\s\S]*?)\n\]$/m);
  if (list) {
    return [...list[1].matchAll(/^\s*"((?:[^"\\]|\\.)*)",?\s*$/gm)].map((m) => unquote(m[1]));
  }
  const m = replyBlock.match(/^text\.en = "((?:[^"\\]|\\.)*)"$/m) ?? replyBlock.match(/en = "((?:[^"\\]|\\.)*)"/);
  return [unquote(m[1])];
}

/** Plays the moves of `kase` on a call already picked up (English, the case's seed). */
export async function playCase(page, id, kase) {
  for (const move of kase.moves) {
    const texts = await replyTexts(id, move);
    // The customer's line is delivered at once: this test checks scores, not pacing.
    await skipSpeaking(page);
    await page.getByTestId('reply').first().waitFor();
    // The trainee's deal picks one wording: the button shows exactly one of them.
    const shown = await page.getByTestId('reply').locator('.reply-text').allInnerTexts();
    const index = shown.findIndex((t) => texts.includes(t.trim()));
    assert.ok(index >= 0, `${id}: ${move} is on screen as one of ${JSON.stringify(texts)}; shown: ${JSON.stringify(shown)}`);
    const button = page.getByTestId('reply').nth(index);
    const before = await page.getByTestId('agent-line').count();
    await button.click();
    await page.waitForFunction(
      (n) => document.querySelectorAll('[data-testid=agent-line]').length > n || document.querySelector('[data-testid=debrief]'),
      before,
    );
  }
}
