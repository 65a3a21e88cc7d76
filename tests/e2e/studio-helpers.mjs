// What the studio's end-to-end tests share: opening a library call as a template (a copy with
// its own name and id), the file "Save to your computer" gives, and how a changed call's version
// is bumped on saving.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';

/** The library call the studio's tests open unless they name another. */
export const FILE = 'shouter-late-delivery.toml';

/** The name a library call opened as a template is kept and saved under: a copy of its own. */
export const COPY = FILE.replace(/\.toml$/, '-copy.toml');

/** `text`, a library call, as its copy `name` starts: that id, and version 1. */
export const asCopy = (text, name = COPY) =>
  text.replace(/^id = ".*"$/m, `id = "${name.replace(/\.toml$/, '')}"`).replace(/^version = \d+$/m, 'version = 1');

/** Opens the studio at `url` and `file` of the library in it, as a template (a copy, `COPY`). */
export async function openLibraryCall(page, url, file = FILE) {
  await page.goto(`${url}studio/#/studio`);
  await page.getByTestId('studio-library').selectOption(file);
  await page.getByTestId('studio-open-library').click();
  await page.getByTestId('studio-editing').waitFor();
}

/** What "Save to your computer" gives, as text (saved under `name`). */
export async function saved(page, name = COPY) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('studio-download').click()]);
  assert.equal(download.suggestedFilename(), name);
  return readFile(await download.path(), 'utf8');
}

/** `text` with its `version` one higher: how a changed call is saved. */
export const bumped = (text) => text.replace(/^version = (\d+)$/m, (_, n) => `version = ${Number(n) + 1}`);
