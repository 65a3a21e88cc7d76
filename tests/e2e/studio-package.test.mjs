// The player package (issue 15, item 7): a trainer with no web server for a shared link
// downloads, from the studio, the whole player with their call as its only call. The zip is
// unpacked here by a reader of our own (not the Rust code that wrote it), served as any static
// host would serve it, and played: the catalog has the trainer's call alone and no link to a
// studio it does not carry, the call plays to its debrief under the page's Content Security
// Policy, and after one visit it plays with the network off. A development server's worker, a
// player file that cannot be fetched and a call with errors each say what happened.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { inflateRawSync } from 'node:zlib';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { clickStart, newPage, playToEnd, seriousA11yViolations, serveStatic, startCallAt, useSite } from './helpers.mjs';

const site = useSite();
const LIBRARY = 'shouter-late-delivery';
const ID = 'my-packaged-call';
const TITLE = 'Spóźniona dostawa w naszym sklepie';
const folders = [];
after(() => Promise.all(folders.map((f) => rm(f, { recursive: true, force: true }))));

/** The trainer's own call: the library's late delivery under an id and Polish title of their own. */
async function ownCall() {
  const source = await readFile(`scenarios/${LIBRARY}.toml`, 'utf8');
  return source.replace(`id = "${LIBRARY}"`, `id = "${ID}"`).replace(/^title\.pl = ".*"$/m, `title.pl = "${TITLE}"`);
}

/** Opens `text` in the studio as a file from the trainer's disk. */
async function openOwn(page, text) {
  await page.goto(`${site.server.url}studio/#/studio`);
  await page.getByTestId('studio-file').setInputFiles({ name: 'moja-rozmowa.toml', mimeType: 'text/plain', buffer: Buffer.from(text) });
  await page.getByTestId('studio-editing').waitFor();
}

/** The files of a zip: its central directory read, each entry inflated (or stored). */
function unzip(zip) {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  assert.ok(end >= 0, 'the zip has an end of central directory');
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const files = new Map();
  for (let i = 0; i < count; i++) {
    assert.equal(zip.readUInt32LE(at), 0x02014b50, `central entry ${i}`);
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 24);
    const nameLength = zip.readUInt16LE(at + 28);
    const extra = zip.readUInt16LE(at + 30);
    const comment = zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const packed = zip.subarray(start, start + zip.readUInt32LE(at + 20));
    const bytes = method === 8 ? inflateRawSync(packed) : packed;
    assert.equal(bytes.length, size, name);
    files.set(name, bytes);
    at += 46 + nameLength + extra + comment;
  }
  return files;
}

/** Downloads the package from the studio's page and unpacks it into a folder of its own. */
async function downloadPackage(page) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('studio-package-download').click()]);
  assert.equal(download.suggestedFilename(), `${ID}-player.zip`);
  const files = unzip(await readFile(await download.path()));
  const folder = await mkdtemp(join(tmpdir(), 'calmline-package-'));
  folders.push(folder);
  for (const [name, bytes] of files) {
    await mkdir(dirname(join(folder, name)), { recursive: true });
    await writeFile(join(folder, name), bytes);
  }
  return { folder, files };
}

test('the studio packs the player with the trainer\'s call alone, and the package plays it, online and offline', async () => {
  const text = await ownCall();
  const page = await newPage(site.browser, { locale: 'pl' });
  await openOwn(page, text);
  const status = page.getByTestId('studio-package-status');
  assert.deepEqual(await seriousA11yViolations(page), [], 'studio with the package panel');
  const { folder, files } = await downloadPackage(page);
  await page.locator('[data-testid=studio-package-status][data-state=done]').waitFor();
  assert.match(await status.innerText(), new RegExp(`Paczka jest gotowa: ${ID}-player\\.zip \\(\\d+,\\d MB\\)`));
  // What is in it: the player, the call compiled and as written (saved as saving saves it), a
  // read-me in the trainer's language; none of the library, the studio or the LMS runtime.
  const names = [...files.keys()];
  for (const name of ['index.html', 'sw.js', 'manifest.webmanifest', 'locales/pl.ftl', 'locales/hu.ftl', 'locales/en.ftl', 'scenarios/index.clc', `scenarios/${ID}.clc`, `scenarios/${ID}.toml`, 'README.txt']) {
    assert.ok(names.includes(name), `${name} in ${names.join(' ')}`);
  }
  assert.ok(names.some((n) => n.endsWith('_bg.wasm')), names.join(' '));
  assert.deepEqual(names.filter((n) => n.startsWith('studio/') || n.startsWith('lms/') || n.startsWith('first/') || n.includes(LIBRARY)), []);
  assert.equal(files.get(`scenarios/${ID}.toml`).toString('utf8'), text, 'an unchanged call is packed as it was opened');
  const readme = files.get('README.txt').toString('utf8');
  assert.match(readme, new RegExp(`„${TITLE}”`));
  assert.match(readme, new RegExp(`#/play/${ID}\\?lang=pl`));
  await page.context().close();

  // Served as a static host serves it: one call, the trainer's; no studio to open; played to the end.
  const host = await serveStatic(folder);
  try {
    const trainee = await newPage(site.browser, { locale: 'pl-PL', serviceWorkers: 'allow' });
    await trainee.goto(host.url);
    const card = trainee.getByTestId('scenario-card');
    await card.first().waitFor();
    assert.equal(await card.count(), 1);
    assert.match(await card.innerText(), new RegExp(TITLE));
    assert.equal(await trainee.getByTestId('own-link').isVisible(), false, 'no link to a studio the package does not carry');
    await trainee.evaluate(() => navigator.serviceWorker.ready);
    await trainee.goto(`${host.url}#/play/${ID}?timer=off&seed=4`);
    await trainee.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await clickStart(trainee);
    await playToEnd(trainee);
    assert.match(await trainee.getByTestId('debrief').innerText(), /\d+/);
    // After that visit, with the network off: the catalog and the call come from the worker.
    await trainee.reload();
    await trainee.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await trainee.context().setOffline(true);
    await trainee.goto(`${host.url}#/`);
    await trainee.reload();
    await card.first().waitFor();
    await startCallAt(trainee, host.url, ID, 'timer=off&seed=5');
    assert.deepEqual(trainee.problems, []);
    await trainee.context().close();
  } finally {
    await host.close();
  }
});

test('a changed call is packed as saved (its version one higher), and what stops a package is said', async () => {
  const text = await ownCall();
  const page = await newPage(site.browser, { locale: 'en' });
  await openOwn(page, text.replace(/^start = "([^"]+)"$/m, 'start = "nowhere"'));
  // A call that cannot be played is not packed.
  const button = page.getByTestId('studio-package-download');
  assert.equal(await button.isDisabled(), true);
  assert.match(await page.getByTestId('studio-package-blocked').innerText(), /1 problem that stops it from being played/);
  await page.context().close();

  const trainer = await newPage(site.browser, { locale: 'en' });
  await openOwn(trainer, text);
  // A development server's worker lists no player files.
  await trainer.route('**/sw.js*', (route) => route.fulfill({ contentType: 'text/javascript', body: "const VERSION = 'dev';\nconst PRECACHE = [];\n" }));
  await trainer.getByTestId('studio-package-download').click();
  const status = trainer.locator('[data-testid=studio-package-status][data-state=failed]');
  await status.waitFor();
  assert.match(await status.innerText(), /development server/);
  await trainer.unroute('**/sw.js*');
  // A player file the site cannot give: named, with the server's answer.
  await trainer.route('**/*_bg.wasm*', (route) => route.fulfill({ status: 503, body: '' }));
  await trainer.getByTestId('studio-package-download').click();
  const unfetched = status.filter({ hasText: /could not be downloaded/ });
  await unfetched.waitFor();
  assert.match(await unfetched.innerText(), /The player's file calmline-[0-9a-f]+_bg\.wasm could not be downloaded from this site \(503\)/);
  await trainer.unroute('**/*_bg.wasm*');
  // A change, then the package: the call inside is the saved one, version bumped.
  await trainer.getByTestId('studio-about').click();
  const title = trainer.locator('[data-path="title.en"]');
  await title.fill('Our late delivery');
  await title.press('Tab');
  const { files } = await downloadPackage(trainer);
  const packed = files.get(`scenarios/${ID}.toml`).toString('utf8');
  const version = Number(/^version = (\d+)$/m.exec(text)[1]);
  assert.match(packed, new RegExp(`^version = ${version + 1}$`, 'm'));
  assert.match(packed, /^title\.en = "Our late delivery"$/m);
  assert.deepEqual(trainer.problems.filter((p) => !/503|Failed to load resource/.test(p)), []);
  await trainer.context().close();
});
