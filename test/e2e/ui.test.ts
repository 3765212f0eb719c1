// End-to-end: Debian's Chromium (headless, driven by playwright-core) against `lagebild serve`
// over examples/ plus hostile documents. Screenshots of every view go to test-artifacts/.
// Skips (does not fail) where /usr/bin/chromium is missing; .ci/run installs it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { startServer, type RunningServer } from '../../src/server/server.js';
import { dataPath } from '../../src/util/data.js';
import { seedDb, type Seeded } from '../server/fixture.js';
import type { Browser, Page } from 'playwright-core';

const CHROMIUM = '/usr/bin/chromium';
const skip = existsSync(CHROMIUM) ? false : `${CHROMIUM} not found (apt-get install chromium); the browser test is skipped`;
const ARTIFACTS = dataPath('test-artifacts');

let seeded: Seeded;
let srv: RunningServer;
let browser: Browser;
let page: Page;
const dialogs: string[] = [];
const problems: string[] = [];

async function ready(p: Page = page): Promise<void> {
  await p.waitForFunction(() => {
    const m = document.getElementById('main');
    return Boolean(m?.dataset.ready) && !m!.hasAttribute('aria-busy');
  }, undefined, { timeout: 15000 });
}

async function shot(name: string, p: Page = page): Promise<void> {
  await p.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
}

/** Waits for the route to change and the new view to finish loading. */
async function navigated(action: () => Promise<unknown>): Promise<void> {
  const before = await page.evaluate(() => document.getElementById('main')!.dataset.ready ?? '');
  await action();
  await page.waitForFunction((b) => {
    const m = document.getElementById('main')!;
    return m.dataset.ready !== b && !m.hasAttribute('aria-busy');
  }, before, { timeout: 15000 });
}

before(async () => {
  if (skip) return;
  mkdirSync(ARTIFACTS, { recursive: true });
  seeded = await seedDb();
  srv = await startServer({ db: seeded.db, port: 0 });
  const { chromium } = await import('playwright-core');
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  // Every request must stay on the server: no CDN, nothing from elsewhere.
  page.on('request', (r) => { if (!r.url().startsWith(srv.url)) problems.push(`outside request: ${r.url()}`); });
});

after(async () => {
  await browser?.close();
  await srv?.close();
  seeded?.cleanup();
});

test('overview → actor filter → network → edge → event with highlighted evidence → document', { skip }, async () => {
  await page.goto(`${srv.url}/`);
  await ready();
  assert.ok(await page.locator('svg.timeline .bar rect.q1, svg.timeline .bar rect.q3').count() > 0, 'timeline bars stacked by QuadClass');
  assert.ok(await page.locator('#top-actors li').count() > 0);
  await shot('1-overview');

  // Filter by an actor through the filter bar: the filter lands in the URL and applies to every view.
  await page.fill('#f-actor', 'rus');
  await navigated(() => page.click('.filters button[type=submit]'));
  assert.match(page.url(), /actor=RUS/);
  const dyads = await page.locator('#top-dyads li code').allTextContents();
  assert.ok(dyads.length > 0);
  for (let i = 0; i < dyads.length; i += 2) assert.ok([dyads[i], dyads[i + 1]].some((c) => /^RUS|^...RUS|^......RUS/.test(c)), `${dyads[i]} ↔ ${dyads[i + 1]} involves RUS`);
  await shot('2-overview-actor-RUS');

  await navigated(() => page.click('#nav a[href^="#/network"]'));
  assert.match(page.url(), /#\/network\?actor=RUS/);
  const edges = page.locator('svg.network g.edge');
  assert.ok(await edges.count() > 0, 'network has edges');
  await shot('3-network-RUS');

  // Keyboard: an edge is focusable and Enter opens its events.
  const dyad = await edges.first().getAttribute('data-dyad');
  await edges.first().focus();
  await navigated(() => page.keyboard.press('Enter'));
  assert.match(decodeURIComponent(page.url()), new RegExp(`#/events\\?actor=RUS&dyad=${dyad}`));
  const rows = page.locator('table.events tbody tr');
  assert.ok(await rows.count() > 0, 'edge has events');
  await shot('4-events-of-edge');

  await navigated(() => rows.first().locator('td.sentence a').click());
  assert.match(page.url(), /#\/event\//);
  const sentence = page.locator('#evidence-sentence');
  const trigger = await sentence.locator('mark.hl-trigger').first().textContent();
  assert.ok(trigger && trigger.length > 0, 'trigger highlighted');
  assert.ok(await sentence.locator('mark.hl-source').count() > 0, 'source highlighted');
  assert.ok(await sentence.locator('mark.hl-target').count() > 0, 'target highlighted');
  assert.ok((await page.locator('ul.rules code').count()) > 0, 'rule ids shown');
  await shot('5-event');

  await navigated(() => page.click('#doc-link'));
  assert.ok(await page.locator('#doc-text mark.l-actors').count() > 0);
  assert.ok(await page.locator('#doc-text mark.l-events.focus').count() === 1, 'the event is marked in the article');
  await shot('6-document');
});

test('events table, dyad view and phone width', { skip }, async () => {
  await page.goto(`${srv.url}/#/events?status=alleged,hypothetical`);
  await ready();
  const statuses = await page.locator('table.events .status').allTextContents();
  assert.ok(statuses.length > 0 && statuses.every((s) => s === 'alleged' || s === 'hypothetical'));
  assert.ok(await page.locator('tr.not-asserted').count() === statuses.length, 'non-asserted rows are marked');
  await navigated(() => page.click('th a.sort >> nth=1'));
  assert.match(page.url(), /sort=-goldstein/);
  await shot('7-events-not-asserted');

  await page.goto(`${srv.url}/#/`);
  await ready();
  await navigated(() => page.click('#top-dyads li a >> nth=0'));
  assert.match(page.url(), /#\/dyad\//);
  assert.ok(await page.locator('svg.timeline').count() === 1);
  await shot('8-dyad');

  const phone = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true });
  await phone.goto(`${srv.url}/#/`);
  await ready(phone);
  const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 1, `no horizontal scrolling at phone width (${overflow}px)`);
  await shot('9-overview-phone', phone);
  await phone.close();
});

test('hostile documents render as text: no dialog, no injected element, no javascript: link', { skip }, async () => {
  for (const hash of ['#/events?q=onerror', '#/search?q=script', `#/doc/${encodeURIComponent('hostile-de')}`, `#/doc/${encodeURIComponent('"><img src=x onerror=alert(7)>')}`]) {
    await page.goto(`${srv.url}/${hash}`);
    await ready();
    await shot(`10-xss-${hash.split('/')[1].split('?')[0]}-${hash.length}`);
    const injected = await page.evaluate(() => ({
      scripts: [...document.querySelectorAll('script')].filter((s) => !s.src.endsWith('/js/main.js')).length,
      imgs: document.querySelectorAll('main img, main svg[onload], main [onerror], main [onload]').length,
      jsLinks: document.querySelectorAll('a[href^="javascript" i]').length,
      flag: (window as unknown as { __xss?: number }).__xss ?? null,
    }));
    assert.deepEqual(injected, { scripts: 0, imgs: 0, jsLinks: 0, flag: null }, hash);
  }
  // The markup is shown as the text it is.
  const text = await page.locator('#doc-text').textContent();
  assert.ok(text?.includes('<img src=x onerror=alert(5)>'));
  assert.ok(await page.locator('#evidence-sentence, #doc-text').count() > 0);
  await page.goto(`${srv.url}/#/doc/hostile-de`);
  await ready();
  assert.ok((await page.locator('#doc-text').textContent())?.includes('<script>window.__xss=1;alert(1)</script>'));
  assert.equal(await page.locator('.lede .unsafe-url').textContent(), 'javascript:alert(3)', 'a javascript: URL is shown, not linked');
  // Its events' evidence too.
  await navigated(() => page.click('ol.doc-events li a >> nth=-1'));
  assert.ok((await page.locator('#evidence-sentence').textContent())?.includes('"><img src=x onerror="window.__xss=2;alert(2)">'));
  await shot('11-xss-event');
  assert.deepEqual(dialogs, [], 'no dialog fired');
  assert.equal(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss ?? null), null);
});

test('no script errors, CSP violations or outside requests', { skip }, () => {
  assert.deepEqual(problems, []);
});
