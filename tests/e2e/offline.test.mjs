// Offline and installable (issue 14 item 6): after one visit the service worker has every call,
// so the whole library plays with the network off; a new release waits until the trainee takes
// it from the "new version" notice, and an unfinished call resumes after it.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { catalogEntries, clickStart, launchBrowser, newPage, serveStatic, skipSpeaking } from './helpers.mjs';

const DIST = process.env.CALMLINE_DIST ?? 'dist';
let browser;
let site;
let server;
before(async () => {
  // A copy of the release, so that a test can publish a "new" one over it.
  site = await mkdtemp(join(tmpdir(), 'calmline-offline-'));
  await cp(DIST, site, { recursive: true });
  server = await serveStatic(site);
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.close();
  await rm(site, { recursive: true, force: true });
});

/** Visits the catalog and waits until the service worker controls the page with its cache full. */
async function firstVisit(page) {
  await page.goto(server.url);
  await page.getByTestId('scenario-card').first().waitFor();
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await page.getByTestId('scenario-card').first().waitFor();
}

test('after one visit every call of the library plays with the network off', async () => {
  const page = await newPage(browser, { locale: 'pl-PL', serviceWorkers: 'allow' });
  await firstVisit(page);
  const manifest = await page.evaluate(() => document.querySelector('link[rel=manifest]')?.href);
  assert.ok(manifest, 'the page names its web app manifest');
  await page.context().setOffline(true);
  await page.reload();
  await page.getByTestId('scenario-card').first().waitFor();
  // Each call in a tab of its own (leaving a call on is asked about, which is not the point here).
  for (const [i, { id, title }] of (await catalogEntries()).entries()) {
    const tab = await page.context().newPage();
    await tab.goto(`${server.url}#/play/${id}?timer=off&seed=4`);
    await tab.getByRole('heading', { level: 1, name: title.pl }).waitFor();
    await clickStart(tab, i === 0 ? 'pani' : 'pan');
    await tab.waitForSelector('[data-testid=skip-speaking], [data-testid=reply]');
    await skipSpeaking(tab);
    await tab.getByTestId('reply').first().click();
    await tab.waitForSelector('[data-testid=continue], [data-testid=to-debrief], [data-testid=skip-speaking], [data-testid=reply]');
    assert.equal(await tab.getByTestId('scenario-invalid').count(), 0, id);
    await tab.close({ runBeforeUnload: false });
  }
  // Another language, offline too.
  await page.goto(server.url);
  await page.getByTestId('lang-hu').click();
  await page.waitForFunction(() => document.documentElement.lang === 'hu');
  await page.context().setOffline(false);
  await page.context().close();
});

test('a new release is offered, taken only when the trainee reloads, and an unfinished call resumes after it', async () => {
  const page = await newPage(browser, { locale: 'en-US', serviceWorkers: 'allow' });
  await firstVisit(page);
  const [first] = await catalogEntries();
  await page.goto(`${server.url}#/play/${first.id}?timer=off&seed=4`);
  await clickStart(page);
  await page.waitForSelector('[data-testid=skip-speaking], [data-testid=reply]');
  await skipSpeaking(page);
  await page.getByTestId('reply').first().click();
  // A new release is published: the worker changes.
  const worker = join(site, 'sw.js');
  await writeFile(worker, (await readFile(worker, 'utf8')).replace(/const VERSION = '([0-9a-f]+)';/, "const VERSION = '$1-next';"));
  await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
  const notice = page.getByTestId('notice').filter({ hasText: 'A new version of CalmLine is ready' });
  await notice.waitFor();
  // Nothing swapped meanwhile: the call is still on screen, the old worker in charge.
  assert.ok(await page.getByTestId('reply').count() > 0 || await page.getByTestId('continue').count() > 0);
  page.once('dialog', (d) => d.accept());
  await notice.getByTestId('update-reload').click();
  await page.waitForFunction(() => navigator.serviceWorker.controller && navigator.serviceWorker.controller.scriptURL.endsWith('sw.js'));
  await page.waitForLoadState('load');
  // The call comes back paused, as after any reload.
  await page.getByTestId('notice').filter({ hasText: 'Your unfinished call was restored' }).first().waitFor();
  // The old release's cache is gone; its compiled calls are kept for unfinished calls.
  const cacheNames = (await page.evaluate(() => caches.keys())).filter((n) => n !== KEPT);
  assert.equal(cacheNames.length, 1, `old caches removed: ${cacheNames}`);
  assert.match(cacheNames[0], /-next$/);
  await page.context().close();
});

const KEPT = 'calmline-kept-calls';

/** Publishes a release over the site in which the scenarios `ids` changed (their compiled
 * version one higher) and the content version is new; returns the old and new versions. */
async function publishChanged(ids) {
  const page = join(site, 'index.html');
  const html = await readFile(page, 'utf8');
  const old = /data-content-version="([0-9a-f]{16})"/.exec(html)[1];
  const next = [...old].reverse().join('');
  await writeFile(page, html.replaceAll(old, next));
  const worker = join(site, 'sw.js');
  await writeFile(worker, (await readFile(worker, 'utf8')).replaceAll(old, next).replace(/const VERSION = '([^']+)';/, "const VERSION = '$1-changed';"));
  for (const id of ids) {
    const file = join(site, 'scenarios', `${id}.clc`);
    const bytes = await readFile(file);
    // The compiled form: "CLC\x01", the format (u16), then the scenario: its id (a one-byte
    // length and the bytes), then its version (one byte while below 128).
    const at = 7 + bytes[6];
    assert.equal(bytes.subarray(7, at).toString(), id, 'the compiled layout this test edits');
    assert.ok(bytes[at] < 127, 'a one-byte version');
    bytes[at] += 1;
    await writeFile(file, bytes);
  }
  return { old, next };
}

/** Opens call `id` in a new tab of `context`, starts it and gives one reply. */
async function callInTab(context, id) {
  const tab = await context.newPage();
  tab.problems = [];
  tab.on('pageerror', (err) => tab.problems.push(`page error: ${err.message}`));
  await tab.goto(`${server.url}#/play/${id}?timer=off&seed=4`);
  await clickStart(tab);
  await tab.waitForSelector('[data-testid=skip-speaking], [data-testid=reply]');
  await skipSpeaking(tab);
  await tab.getByTestId('reply').first().click();
  await tab.waitForSelector('[data-testid=continue], [data-testid=skip-speaking], [data-testid=reply]');
  return tab;
}

test('a release that changes a call’s scenario still resumes the unfinished call on its own version, or says why not', async () => {
  const page = await newPage(browser, { locale: 'en-US', serviceWorkers: 'allow' });
  await firstVisit(page);
  const [, second, third] = await catalogEntries();
  const kept = await callInTab(page.context(), second.id);
  const gone = await callInTab(page.context(), third.id);
  const { old } = await publishChanged([second.id, third.id]);
  await kept.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
  const notice = kept.getByTestId('notice').filter({ hasText: 'A new version of CalmLine is ready' });
  await notice.waitFor();
  kept.once('dialog', (d) => d.accept());
  await notice.getByTestId('update-reload').click();
  await kept.getByTestId('notice').filter({ hasText: 'Your unfinished call was restored' }).first().waitFor();
  assert.equal(await kept.locator('[data-testid=notice]', { hasText: 'updated since' }).count(), 0);
  // The call goes on, on the version it was started on, which the worker kept.
  const keptUrls = await kept.evaluate((name) => caches.open(name).then((c) => c.keys()).then((k) => k.map((r) => r.url)), KEPT);
  assert.ok(keptUrls.some((u) => u.endsWith(`/scenarios/${second.id}.clc?v=${old}`)), keptUrls.join(', '));
  await kept.getByTestId('resume').click();
  await kept.waitForSelector('[data-testid=continue], [data-testid=skip-speaking], [data-testid=reply]');
  // When the old version's file is gone too, the trainee is told why the call cannot resume.
  await gone.evaluate(([name, url]) => caches.open(name).then((c) => c.delete(url)), [KEPT, `${server.url}scenarios/${third.id}.clc?v=${old}`]);
  gone.once('dialog', (d) => d.accept());
  await gone.reload();
  await gone.getByTestId('notice').filter({ hasText: 'the call has been updated since' }).first().waitFor();
  assert.deepEqual([...kept.problems, ...gone.problems], []);
  await page.context().close();
});
