// The studio's translate view (issue 15, item 6), on the release build in Chromium: every text of
// a call in three languages side by side, a missing translation first and written in its cell;
// XLIFF exported for a translator, one target changed, read back in: exactly that field changes
// in the saved file; a broken XLIFF file says what and where, and changes nothing; axe-core finds
// nothing serious (nor a label that differs from its visible name); nothing scrolls sideways at
// 360 px.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { newPage, seriousA11yViolations, useSite } from './helpers.mjs';
import { COPY, FILE, asCopy, bumped, openLibraryCall, saved } from './studio-helpers.mjs';

const site = useSite();


async function showTranslate(page) {
  await page.getByTestId('studio-view-translate').click();
  await page.getByTestId('translate-row').first().waitFor();
}



const rowNames = (page) => page.$$eval('[data-testid=translate-row]', (rows) => rows.map((r) => r.dataset.name));

/** The XLIFF export of the open call for `source` → `target`: its file name and text. */
async function exported(page, source, target) {
  await page.getByTestId('studio-translate-source').selectOption(source);
  await page.getByTestId('studio-translate-target').selectOption(target);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('studio-translate-export').click()]);
  return { name: download.suggestedFilename(), xml: await readFile(await download.path(), 'utf8') };
}

test('a missing translation comes first in the table and is written back in its place from its cell', async () => {
  const source = await readFile(`scenarios/${FILE}`, 'utf8');
  const line = source.split('\n').find((l) => l.startsWith('feedback.hu = '));
  const gap = source.replace(`${line}\n`, '');
  const page = await newPage(site.browser, { locale: 'en' });
  await page.goto(`${site.server.url}studio/#/studio`);
  await page.getByTestId('studio-file').setInputFiles({ name: FILE, mimeType: 'text/plain', buffer: Buffer.from(gap) });
  await page.getByTestId('studio-editing').waitFor();
  await showTranslate(page);
  const headers = await page.$$eval('.studio-translate-table thead th', (ths) => ths.map((t) => t.innerText.trim()));
  assert.deepEqual(headers, ['Where it is', 'Polski', 'Magyar', 'English']);
  assert.match(await page.getByTestId('studio-translate-incomplete').innerText(), /^1 text is still missing a language/);
  // The export offered first is into the language with the gap (QA round 2).
  assert.equal(await page.getByTestId('studio-translate-source').inputValue(), 'pl');
  assert.equal(await page.getByTestId('studio-translate-target').inputValue(), 'hu');

  // The incomplete row first, the others in file order.
  const rows = page.getByTestId('translate-row');
  const names = await rowNames(page);
  const first = rows.first();
  assert.equal(await first.getAttribute('class'), 'is-incomplete');
  assert.equal(await page.locator('[data-testid=translate-row].is-incomplete').count(), 1);
  const cell = first.locator('td[data-lang=hu] textarea');
  const path = await cell.getAttribute('data-path');
  assert.match(path, /\.feedback\.hu$/);
  assert.equal(names[0], path.replace(/\.hu$/, ''));
  assert.equal(await cell.inputValue(), '');
  assert.match(await cell.getAttribute('aria-label'), /^Turn “[^”]+” · Reply \d+ · Feedback · Magyar \(not written yet\)$/);
  const rest = names.slice(1);
  assert.equal(new Set(names).size, names.length, 'no row twice');

  // Every row is a unit of the XLIFF export (the same texts, the same order but for the first).
  const { xml } = await exported(page, 'pl', 'en');
  const units = [...xml.matchAll(/<unit id="[^"]+" name="([^"]+)">/g)].map((m) => m[1]);
  assert.deepEqual([...units].sort(), [...names].sort());
  assert.deepEqual(units.filter((u) => u !== names[0]), rest, 'file order after the incomplete row');

  // Written in its cell: the file is the library's again (and stays first while the view is open).
  await cell.fill(JSON.parse(line.slice('feedback.hu = '.length)));
  await cell.press('Tab');
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=translate-row].is-incomplete').length === 0);
  assert.equal((await rowNames(page))[0], names[0]);
  assert.match(await page.getByTestId('studio-translate-incomplete').innerText(), /^Every text is written/);
  assert.equal(await saved(page, FILE), bumped(source), 'written back where it was');
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('XLIFF exported en→hu, one target changed by a translator, read back in: only that field changes', async () => {
  const source = asCopy(await readFile(`scenarios/${FILE}`, 'utf8'));
  const page = await newPage(site.browser, { locale: 'en' });
  await openLibraryCall(page, site.server.url);
  await showTranslate(page);
  const { name, xml } = await exported(page, 'en', 'hu');
  assert.equal(name, 'shouter-late-delivery-copy.en-hu.xlf');
  assert.match(xml, /srcLang="en" trgLang="hu"/);

  // The translator changes the third unit's target.
  const unit = [...xml.matchAll(/<unit id="[^"]+" name="([^"]+)">[\s\S]*?<target>([^<]*)<\/target>[\s\S]*?<\/unit>/g)][2];
  const [whole, field, old] = unit;
  const changed = xml.replace(whole, whole.replace(`<target>${old}</target>`, '<target>Új fordítás, másképp</target>'));
  assert.notEqual(changed, xml);
  const text = old.replaceAll('&quot;', '"').replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&');
  const literal = JSON.stringify(text);
  const at = source.indexOf(literal);
  assert.ok(at > 0, `${field}: ${literal}`);
  // A new copy is saved as version 1: nothing else changes.
  const expected = source.slice(0, at) + '"Új fordítás, másképp"' + source.slice(at + literal.length);

  await page.getByTestId('studio-translate-file').setInputFiles({ name, mimeType: 'application/xliff+xml', buffer: Buffer.from(changed) });
  const report = page.getByTestId('studio-translate-report');
  await report.waitFor();
  assert.equal(await report.getAttribute('role'), 'status');
  const count = (xml.match(/<unit /g) ?? []).length;
  assert.match(await report.innerText(), new RegExp(`Read from “${name.replaceAll('.', '\\.')}” \\(Magyar\\): ${count} texts, 1 of them changed\\.`));
  const fieldCell = page.locator(`[data-testid=translate-row][data-name="${field}"] td[data-lang=hu] textarea`);
  assert.equal(await fieldCell.inputValue(), 'Új fordítás, másképp');
  assert.equal(await saved(page), expected, 'exactly that field changed');

  // One step to undo.
  await page.getByTestId('studio-undo').click();
  assert.equal(await page.getByTestId('studio-undo').isDisabled(), true);
  assert.equal(await fieldCell.inputValue(), text);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('a broken XLIFF file says what and where in the trainer\'s language, and changes nothing', async () => {
  const page = await newPage(site.browser, { locale: 'hu' });
  await openLibraryCall(page, site.server.url);
  await showTranslate(page);
  const broken = '<?xml version="1.0"?>\n<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" trgLang="hu">\n <file id="f1"\n</xliff>\n';
  await page.getByTestId('studio-translate-file').setInputFiles({ name: 'rossz.xlf', mimeType: 'application/xliff+xml', buffer: Buffer.from(broken) });
  const failed = page.getByTestId('studio-translate-failed');
  await failed.waitFor();
  assert.equal(await failed.getAttribute('role'), 'alert');
  assert.match(await failed.innerText(), /rossz\.xlf.*semmi sem változott.*nem szabályos XML \([34]\. sor, \d+\. oszlop\)/s);
  assert.equal(await page.getByTestId('studio-undo').isDisabled(), true, 'nothing changed');
  // XLIFF 1.2 is named as such.
  const old = '<?xml version="1.0"?>\n<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">\n</xliff>\n';
  await page.getByTestId('studio-translate-file').setInputFiles({ name: 'regi.xlf', mimeType: 'application/xliff+xml', buffer: Buffer.from(old) });
  await page.getByTestId('studio-translate-failed').filter({ hasText: 'regi.xlf' }).waitFor();
  assert.match(await failed.innerText(), /XLIFF-verziója 1\.2.*\(2\. sor, 1\. oszlop\)/s);
  assert.equal(await page.getByTestId('studio-undo').isDisabled(), true, 'nothing changed');
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('a file exported from another call is applied only when the trainer says so', async () => {
  const page = await newPage(site.browser, { locale: 'pl' });
  await openLibraryCall(page, site.server.url);
  await showTranslate(page);
  const { xml } = await exported(page, 'pl', 'en');
  const other = xml.replace(`original="${COPY}"`, 'original="inna-rozmowa.toml"').replace(/<target>[^<]*<\/target>/, '<target>Changed</target>');
  await page.getByTestId('studio-translate-file').setInputFiles({ name: 'inna.xlf', mimeType: 'application/xliff+xml', buffer: Buffer.from(other) });
  const warning = page.getByTestId('studio-translate-other');
  await warning.waitFor();
  assert.match(await warning.innerText(), /inna-rozmowa\.toml/);
  assert.equal(await page.getByTestId('studio-undo').isDisabled(), true, 'not applied yet');
  await page.getByTestId('studio-translate-apply').click();
  await page.getByTestId('studio-translate-report').waitFor();
  assert.match(await page.getByTestId('studio-translate-report').innerText(), /zmienił się 1\./);
  assert.equal(await page.getByTestId('studio-undo').isEnabled(), true);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('the translate view: axe-core finds nothing serious, and nothing scrolls sideways on a 360 px phone', async () => {
  const page = await newPage(site.browser, { locale: 'pl', viewport: { width: 360, height: 740 } });
  const sideways = () => page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
  await openLibraryCall(page, site.server.url);
  await showTranslate(page);
  assert.equal(await sideways(), 0, 'translate view');
  // The caption reads as a paragraph above the stacked rows, not a column of letters (QA round 3).
  const caption = await page.locator('.studio-translate-table caption').boundingBox();
  const table = await page.locator('.studio-translate-table').boundingBox();
  assert.ok(caption.width >= table.width * 0.9 && caption.height < 200, `caption ${JSON.stringify(caption)}, table ${JSON.stringify(table)}`);
  await page.getByTestId('studio-translate-file').setInputFiles({ name: 'x.xlf', mimeType: 'application/xliff+xml', buffer: Buffer.from('<a>') });
  await page.getByTestId('studio-translate-failed').waitFor();
  assert.equal(await sideways(), 0, 'with an error');
  assert.deepEqual(await seriousA11yViolations(page), [], 'translate view at 360 px');
  // The visible name of every control is part of its accessible name (an experimental rule).
  const mismatch = await page.evaluate(() =>
    window.axe.run(document, { runOnly: ['label-content-name-mismatch', 'label', 'select-name', 'scrollable-region-focusable'], resultTypes: ['violations'] }));
  assert.deepEqual(mismatch.violations.map((v) => v.id), []);
  // Keyboard: the view's button, the selects and the first cell are reached with Tab.
  await page.setViewportSize({ width: 1280, height: 800 });
  assert.deepEqual(await seriousA11yViolations(page), [], 'translate view, wide');
  await page.getByTestId('studio-translate-source').focus();
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.dataset.testid), 'studio-translate-target');
  assert.deepEqual(page.problems, []);
  await page.context().close();
});
