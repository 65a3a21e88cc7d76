// Lighthouse's mobile audit of the release build (npm `lighthouse`, pinned at 12.2.3, the last
// that runs on this Node), run offline against the local site in Debian Chromium: the
// performance, accessibility, best-practices and SEO scores of the catalog and of a Polish
// trainer's link, with the metrics behind the performance score and every audit that did not
// pass. Printed, never asserted (`cargo xtask bench`, and the end of `cargo xtask test e2e`).
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serveStatic } from '../e2e/helpers.mjs';

const DIST = process.env.CALMLINE_DIST ?? 'dist';
const index = await readFile(join(DIST, 'scenarios', 'index.toml'), 'utf8');
const id = /^id = "([^"]+)"/m.exec(index)[1];

const server = await serveStatic();
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  chromeFlags: [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
  ],
});
try {
  const pages = [
    ['catalog', server.url],
    ["Polish trainer's link", `${server.url}#/play/${id}?lang=pl&timer=standard&mode=exam`],
  ];
  // Lighthouse's default simulates the throttling from an unthrottled load (Lantern): it
  // counts every request that ends before the largest paint as holding it up (the page asks
  // for its module only once the prerendered first screen is painted, so the module does not;
  // xtask/src/deferred_module.rs). The same run with the throttling applied (DevTools' mobile
  // network and 4x CPU, `throttlingMethod: 'devtools'`) measures the paints as they happen.
  // The simulated score moves by a few points from run to run (the long tasks of the app's
  // first render vary), so it is run three times and the median run is reported, as
  // Lighthouse's own documentation advises; every run's score is printed beside it.
  const runs = [
    ['simulated', {}, 3],
    ['applied throttling', { throttlingMethod: 'devtools' }, 1],
  ];
  for (const [method, settings, times] of runs) for (const [name, url] of pages) {
    const reports = [];
    for (let i = 0; i < times; i++) {
      const { lhr } = await lighthouse(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
        ...settings,
      });
      reports.push(lhr);
    }
    const perf = (r) => r.categories.performance?.score ?? 0;
    reports.sort((a, b) => perf(a) - perf(b));
    const lhr = reports[Math.floor(reports.length / 2)];
    const score = (c) => Math.round((lhr.categories[c]?.score ?? 0) * 100);
    const each = times > 1 ? ` (median of ${times} runs: ${reports.map((r) => Math.round(perf(r) * 100)).join(', ')})` : '';
    console.log(
      `bench: Lighthouse ${lhr.lighthouseVersion} mobile (${method}), ${name}: performance ${score('performance')}${each}, accessibility ${score('accessibility')}, best practices ${score('best-practices')}, SEO ${score('seo')}`,
    );
    const metric = (a) => lhr.audits[a]?.displayValue ?? '?';
    console.log(
      `bench:   FCP ${metric('first-contentful-paint')}, LCP ${metric('largest-contentful-paint')}, TBT ${metric('total-blocking-time')}, CLS ${metric('cumulative-layout-shift')}, Speed Index ${metric('speed-index')}`,
    );
    for (const category of Object.values(lhr.categories)) {
      for (const ref of category.auditRefs) {
        const audit = lhr.audits[ref.id];
        if (ref.weight > 0 && audit.score !== null && audit.score < 1) {
          console.log(`bench:   not passed (${category.id}): ${ref.id} ${audit.displayValue ?? ''}`.trimEnd());
        }
      }
    }
  }
} finally {
  await chrome.kill();
  await server.close();
}
