// End-to-end tests of the search page (web/) in headless Chromium, driven by playwright-core,
// against arsip-server on an index of the sample corpus (data/corpus) built for the run
// (harness.mjs).
//
// node tests/web/e2e.mjs --index-bin PATH --server-bin PATH --source-dir DIR --work-dir DIR
//                        [--chromium /usr/bin/chromium] [--server-threads N] [--only SUBSTRING]
//
// The work dir gets the index (index/) and the screenshots (screenshots/). Exit 0 when every case
// passes, 1 otherwise. --server-threads N passes --threads N to arsip-server (0, the default:
// the server's own number of workers, which is what CTest runs with).

import { readFileSync } from 'node:fs';
import {
  api, assert, cpSlice, equal, open, parseCsv, rendered, runAll, search, session, shot, total,
} from './harness.mjs';

const cases = [];
function test(name, fn, options = {}) {
  cases.push({ name, fn, options });
}

const PKS = 'pks-unmul-pupukkaltim-2025-riset-magang';
const ARTICLE = 'seputarikn-2025-05-08-misi-dagang-kaltim-jatim';

test('search: a typed query shows hits with type, date, source, highlighted snippet and entity chips', async ({ page }) => {
  await open(page, '');
  await search(page, 'misi dagang');
  const expected = await api('/api/search?q=misi+dagang');
  assert(expected.total > 0, 'the corpus has hits for "misi dagang"');
  equal(await total(page), expected.total, 'total');
  const hits = page.locator('#hits > li.hit');
  equal(await hits.count(), Math.min(10, expected.total), 'hits on the page');
  equal(await hits.first().locator('.hit-title').innerText(), expected.hits[0].title, 'first title');
  assert(await hits.first().locator('.badge').count() === 1, 'a type badge');
  assert(await hits.first().locator('time').count() === 1, 'a date');
  assert(await page.locator('#hits .snippet mark').count() > 0, 'snippets mark the matched words');
  assert(await page.locator('#hits .entity-chips button').count() > 0, 'entity chips');
  assert((await page.innerText('#result-count')).includes(String(expected.total)), 'the count is written out');
  await page.waitForSelector('#timeline[data-ready] .timeline-stats');
  await shot(page, 'search-results.png');
});

test('facets: ticking a value narrows the hits and changes the other counts; the chip removes it', async ({ page }) => {
  await open(page, '?q=kaltim');
  const before = await total(page);
  const placeCounts = () => page.$$eval('.facet-place input', (inputs) => inputs.map((i) => i.labels[0].innerText).join('|'));
  const placesBefore = await placeCounts();
  const box = page.locator('input[data-facet="type"][data-key="article"]');
  const typeCount = Number((await page.locator(`label[for="${await box.getAttribute('id')}"] .count`).innerText()).replace(/\D/g, ''));
  assert(typeCount > 0 && typeCount < before, `the article count ${typeCount} is below the total ${before}`);
  await box.check();
  await page.waitForURL(/type=article/);
  await rendered(page);
  equal(await total(page), typeCount, 'total after ticking "article"');
  const badges = await page.$$eval('#hits .badge', (b) => b.map((x) => x.className));
  assert(badges.length > 0 && badges.every((c) => c.includes('type-article')), `every hit is an article: ${badges}`);
  assert(await page.locator('input[data-facet="type"][data-key="article"]').isChecked(), 'the box stays ticked');
  assert(await placeCounts() !== placesBefore, 'the place counts follow the filter');
  // Multi-select: the other types are still offered.
  assert(await page.locator('.facet-type input').count() > 1, 'the other types are still listed');
  await page.locator('.active-filters .chip-remove').first().click();
  await page.waitForURL((url) => !url.searchParams.has('type'));
  await rendered(page);
  equal(await total(page), before, 'total after removing the chip');
});

test('facets: the search box of a long facet finds a value by prefix, and ticking it filters', async ({ page }) => {
  await open(page, '');
  await page.fill('#facet-institution-search', 'mulaw');
  const option = page.locator('.facet-institution .facet-values li', { hasText: 'Universitas Mulawarman' }).first();
  await option.waitFor();
  const count = Number((await option.locator('.count').innerText()).replace(/\D/g, ''));
  await option.locator('input').check();
  await page.waitForURL(/institution=/);
  await rendered(page);
  equal(await total(page), count, 'total after ticking the found institution');
});

test('entity chip: a click filters by that official', async ({ page }) => {
  await open(page, '?q=misi+dagang');
  const before = await total(page);
  const chip = page.locator('#hits .chip-officials').first();
  const name = (await chip.innerText()).trim();
  await chip.click();
  await page.waitForURL((url) => url.searchParams.get('official') === name);
  await rendered(page);
  const after = await total(page);
  assert(after > 0 && after <= before, `${after} hits name ${name} (of ${before})`);
  const expected = await api(`/api/search?q=misi+dagang&official=${encodeURIComponent(name)}`);
  equal(after, expected.total, 'total');
  assert((await page.innerText('.active-filters')).includes(name), 'the active filter shows the name');
});

test('did you mean: a misspelt query offers the correction', async ({ page }) => {
  await open(page, '?q=peovinsi');
  const link = page.locator('#suggestion-link');
  equal((await link.innerText()).trim(), 'provinsi', 'suggestion');
  await link.click();
  await page.waitForURL((url) => url.searchParams.get('q') === 'provinsi');
  await rendered(page);
  assert(await total(page) > 0, 'the corrected query finds documents');
  equal(await page.inputValue('#q'), 'provinsi', 'the box shows the corrected query');
});

test('sort and pagination: newest first over two pages; the focus moves to the results', async ({ page }) => {
  // Clause hits: the sample archive holds 10 documents (its PDFs are their XML's twins), one page.
  await open(page, '?mode=clauses&sort=-date');
  const all = await total(page);
  assert(all > 10, `more than one page (${all})`);
  const dates = await page.$$eval('#hits time', (t) => t.map((x) => x.getAttribute('datetime')));
  const sorted = [...dates].sort().reverse();
  equal(dates.join(), sorted.join(), 'dates newest first');
  await page.click('.pagination a.next');
  await page.waitForURL(/page=2/);
  await rendered(page);
  equal(await page.locator('#hits > li').count(), Math.min(10, all - 10), 'hits on page 2');
  equal(await page.evaluate(() => document.activeElement.id), 'results-heading', 'focus');
  equal(await page.getAttribute('#hits', 'start'), '11', 'numbering goes on');
  await page.selectOption('#sort', 'date');
  await page.waitForURL(/sort=date/);
  await rendered(page);
  assert(!page.url().includes('page=2'), 'a new sort starts at page 1');
});

test('timeline: bars add up to the total; a click on a bar filters to its period', async ({ page }) => {
  await open(page, '');
  await page.waitForSelector('#timeline[data-ready] .bar-link');
  const all = await total(page);
  const bars = await page.$$eval('.bar-link', (links) => links.map((a) => ({ period: a.dataset.period, count: Number(a.dataset.count) })));
  const undatedText = await page.locator('.timeline-undated').count() ? await page.innerText('.timeline-undated') : '0';
  const undated = Number(undatedText.replace(/\D/g, '') || 0);
  equal(bars.reduce((s, b) => s + b.count, 0) + undated, all, 'bars + undated');
  const largest = await api('/api/search?sort=amount&size=1');
  const href = await page.getAttribute('#timeline-largest >> xpath=..', 'href');
  assert(href.includes(`doc=${encodeURIComponent(largest.hits[0].id)}`), `the largest amount links its document: ${href}`);
  const biggest = bars.reduce((a, b) => (b.count > a.count ? b : a));
  await page.click(`.bar-link[data-period="${biggest.period}"]`);
  await page.waitForURL(/date_from=/);
  await rendered(page);
  equal(await total(page), biggest.count, `total in ${biggest.period}`);
  const url = new URL(page.url());
  assert(url.searchParams.get('date_from').startsWith(biggest.period), 'date_from in the period');
});

test('ranges: a rupiah minimum keeps the documents naming at least that much', async ({ page }) => {
  await open(page, '');
  await page.fill('#range-amount_min', '1.000.000.000');
  await page.click('#range-form button[type="submit"]');
  await page.waitForURL(/amount_min=1000000000/);
  await rendered(page);
  const expected = await api('/api/search?amount_min=1000000000');
  equal(await total(page), expected.total, 'total');
  assert(expected.total > 0, 'some documents name a billion rupiah or more');
  assert(await page.locator('.active-filters .chip-remove').count() === 1, 'one active filter chip');
});

test('document view: entities highlighted in one colour per kind, with a legend and a list', async ({ page }) => {
  await open(page, '?q=misi+dagang');
  await page.click(`#hits a[href*="doc=${ARTICLE}"]`);
  await rendered(page);
  equal(await page.evaluate(() => document.activeElement.id), 'doc-title', 'focus on the title');
  const doc = await api(`/api/documents/${ARTICLE}`);
  // Every entity has a mark whose text is exactly one of its mentions (code-point offsets).
  for (const [kind, list] of Object.entries(doc.entities)) {
    for (const [index, entity] of list.entries()) {
      if (!entity.mentions?.length) continue;
      const texts = new Set(entity.mentions.map(([s, e]) => cpSlice(doc.text, s, e)));
      const marks = await page.$$eval(`mark[data-kind="${kind}"][data-index="${index}"]`, (m) => m.map((x) => x.textContent));
      assert(marks.some((t) => texts.has(t)), `${kind} ${index} (${[...texts][0]}) is marked: ${marks}`);
    }
  }
  const kinds = await page.$$eval('.doc-view mark.ent', (m) => [...new Set(m.map((x) => x.dataset.kind))]);
  assert(kinds.length >= 4, `several kinds are highlighted: ${kinds}`);
  const colours = await page.$$eval('.doc-view mark.ent', (m) => [...new Set(m.map((x) => `${x.dataset.kind}:${getComputedStyle(x).backgroundColor}`))]);
  equal(new Set(colours.map((c) => c.split(':')[1])).size, kinds.length, 'one colour per kind');
  assert((await page.innerText('.doc-view mark.ent-officials >> nth=0')).length > 0, 'an official is marked');
  assert(await page.locator('.legend-toggle').count() === kinds.length, 'a legend entry per kind');
  assert(await page.locator('.entity-list li').count() >= Object.values(doc.entities).flat().length, 'the entity list');
  assert(await page.locator('.similar-list li').count() > 0, 'similar documents');
  await shot(page, 'document.png');
  // The legend switches a kind off.
  await page.click('.legend-toggle.ent-places');
  equal(await page.$eval('.doc-view mark.ent-places', (m) => getComputedStyle(m).backgroundColor), 'rgba(0, 0, 0, 0)', 'places unhighlighted');
  // An entity in the list leads to its first mention.
  await page.click('.entity-list[data-kind="officials"] .entity-name >> nth=0');
  equal(await page.evaluate(() => document.activeElement.dataset.kind), 'officials', 'focus on the mention');
});

test('agreement: parties, signatories, validity, Pasal list; a #pasal-N permalink targets the Pasal', async ({ page }) => {
  await page.goto(`${session.base}/?doc=${PKS}#pasal-10`);
  await rendered(page);
  const target = page.locator('#pasal-10');
  assert(await target.evaluate((e) => e.classList.contains('is-target')), 'Pasal 10 is the target');
  equal(await page.evaluate(() => document.activeElement.id), 'pasal-10', 'focus on Pasal 10');
  const box = await target.boundingBox();
  const height = page.viewportSize().height;
  assert(box && box.y >= -1 && box.y < height / 2, `Pasal 10 is scrolled into view (y=${box?.y})`);
  assert(await page.evaluate(() => window.scrollY) > 0, 'the page scrolled');
  assert((await target.innerText()).includes('Jangka Waktu'), 'Pasal 10 is Jangka Waktu');
  const doc = await api(`/api/documents/${PKS}`);
  equal(await page.locator('.doc-parties li').count(), doc.parties.length, 'parties');
  equal(await page.locator('.doc-signatories li').count(), doc.signatories.length, 'signatories');
  assert((await page.innerText('#doc-validity')).includes(doc.validity.text), 'validity');
  equal(await page.locator('.pasal-list li').count(), doc.clauses.length, 'Pasal list');
  equal(await page.locator('section.pasal').count(), doc.clauses.length, 'a section per Pasal');
  await shot(page, 'pasal.png');
  await page.click('.pasal-list a[href="#pasal-3"]');
  await page.waitForURL(/#pasal-3$/);
  await page.waitForFunction(() => document.getElementById('pasal-3').classList.contains('is-target'));
  assert(!(await target.evaluate((e) => e.classList.contains('is-target'))), 'Pasal 10 is no longer the target');
  // The permalink of a Pasal is its own URL.
  const permalink = await page.getAttribute('#pasal-7 .permalink', 'href');
  equal(permalink, '#pasal-7', 'permalink');
});

test('clause mode: single Pasal as hits; a hit opens its agreement at the Pasal', async ({ page }) => {
  await open(page, '');
  await search(page, 'jangka waktu');
  await page.check('#mode-clauses', { force: true });
  await page.waitForURL(/mode=clauses/);
  await rendered(page);
  const expected = await api('/api/search?q=jangka+waktu&mode=clauses');
  equal(await total(page), expected.total, 'clause total');
  assert((await page.innerText('#hits .hit-title >> nth=0')).startsWith('Pasal '), 'hits are Pasal');
  await page.waitForSelector('#timeline[data-ready]');
  await shot(page, 'clauses.png');
  const first = expected.hits[0];
  await page.click('#hits .hit-title a >> nth=0');
  await page.waitForURL(new RegExp(`#pasal-${first.clause_number}$`));
  await rendered(page);
  await page.waitForFunction((id) => document.getElementById(id)?.classList.contains('is-target'), `pasal-${first.clause_number}`);
});

test('export: the CSV download has one row per hit of the search, the JSON the same total', async ({ page }) => {
  await open(page, '?q=kaltim&type=article');
  const expected = await total(page);
  assert(expected > 0, 'hits to export');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-csv')]);
  const rows = parseCsv(readFileSync(await download.path(), 'utf8')).filter((r) => r.length > 1 || r[0] !== '');
  equal(rows[0][0], 'id', 'the header starts with id');
  equal(rows.length - 1, expected, 'CSV rows');
  const typeColumn = rows[0].indexOf('type');
  assert(rows.slice(1).every((r) => r[typeColumn] === 'article'), 'the filter applies to the export');
  const jsonHref = await page.getAttribute('#export-json', 'href');
  const json = await api(jsonHref);
  equal(json.total, expected, 'JSON total');
  equal(json.hits.length, expected, 'JSON hits');
});

test('history: the back button restores the previous search, forward the next', async ({ page }) => {
  await open(page, '');
  await search(page, 'misi dagang');
  const firstTotal = await total(page);
  const firstTitle = await page.innerText('#hits .hit-title >> nth=0');
  await search(page, 'unmul');
  assert(await total(page) !== firstTotal || await page.innerText('#hits .hit-title >> nth=0') !== firstTitle, 'a different search');
  await page.locator('input[data-facet="type"]').first().check();
  await page.waitForURL(/type=/);
  await rendered(page);
  await page.goBack();
  await rendered(page);
  assert(!page.url().includes('type='), 'back: no type filter');
  assert(!(await page.locator('input[data-facet="type"]').first().isChecked()), 'back: the box is not ticked');
  await page.goBack();
  await rendered(page);
  equal(await page.inputValue('#q'), 'misi dagang', 'back: the query box');
  equal(await total(page), firstTotal, 'back: the total');
  equal(await page.innerText('#hits .hit-title >> nth=0'), firstTitle, 'back: the first hit');
  await page.goForward();
  await rendered(page);
  equal(await page.inputValue('#q'), 'unmul', 'forward: the query box');
  // From a document back to its search.
  await page.click('#hits .hit-title a >> nth=0');
  await rendered(page);
  assert(page.url().includes('doc='), 'a document is open');
  await page.goBack();
  await rendered(page);
  equal(await page.inputValue('#q'), 'unmul', 'back from the document');
  assert(await page.isVisible('#hits'), 'the hits are shown again');
  assert(await page.evaluate(() => document.activeElement === document.querySelector('#hits .hit-title a')),
    'the focus is back on the link of the document that was open');
});

test('language: English labels on request, remembered after a reload', async ({ page }) => {
  await open(page, '?q=kaltim');
  equal(await page.innerText('#results-heading'), 'Hasil', 'Indonesian by default');
  await page.click('[data-lang="en"]');
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  equal(await page.innerText('#results-heading'), 'Results', 'English');
  assert((await page.innerText('#result-count')).includes('found'), 'the count in English');
  await page.reload();
  await rendered(page);
  equal(await page.innerText('#results-heading'), 'Results', 'still English after a reload');
  equal(await page.getAttribute('[data-lang="en"]', 'aria-pressed'), 'true', 'the switch shows English');
  await page.click('[data-lang="id"]');
  await page.waitForFunction(() => document.documentElement.lang === 'id');
  equal(await page.innerText('#results-heading'), 'Hasil', 'back to Indonesian');
});

test('keyboard: Tab reaches the search box and then the hits; Enter opens a document', async ({ page }) => {
  await open(page, '');
  const tabTo = async (predicate, limit, what) => {
    for (let i = 0; i < limit; i += 1) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(predicate)) return i + 1;
    }
    throw new Error(`${what} not reached in ${limit} Tab presses`);
  };
  await tabTo(() => document.activeElement.id === 'q', 5, 'the search box');
  await page.keyboard.type('misi dagang');
  await page.keyboard.press('Enter');
  await page.waitForURL(/q=misi/);
  await rendered(page);
  await tabTo(() => document.activeElement.closest('.hit-title') !== null, 120, 'a hit');
  await page.keyboard.press('Enter');
  await page.waitForURL(/doc=/);
  await rendered(page);
  equal(await page.evaluate(() => document.activeElement.id), 'doc-title', 'the document title has the focus');
  // Every form control on the search page has an accessible name.
  await page.goBack();
  await rendered(page);
  const unnamed = await page.$$eval('input, select, button', (controls) => controls
    .filter((c) => c.type !== 'hidden' && !c.closest('[hidden]'))
    .filter((c) => !(c.labels?.length || c.getAttribute('aria-label') || c.getAttribute('aria-labelledby') || c.textContent.trim()))
    .map((c) => c.outerHTML.slice(0, 80)));
  equal(unnamed.join('\n'), '', 'controls without a name');
  equal(await page.getAttribute('#result-count', 'aria-live'), 'polite', 'the count is announced');
});

test('phone: 375 px wide pages have no horizontal overflow', async ({ page }) => {
  const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  await open(page, '?q=kaltim');
  await page.waitForSelector('#timeline[data-ready]');
  equal(await overflow(), 0, 'search results overflow');
  assert(!(await page.isVisible('#facets')), 'the filters are folded away');
  await shot(page, 'phone.png');
  await page.click('#filters-toggle');
  assert(await page.isVisible('#facets'), 'the filters open');
  equal(await page.getAttribute('#filters-toggle', 'aria-expanded'), 'true', 'the toggle says so');
  equal(await overflow(), 0, 'filters overflow');
  await open(page, `?doc=${PKS}`);
  equal(await overflow(), 0, 'document overflow');
  await shot(page, 'phone-document.png');
  await open(page, '?q=jangka+waktu&mode=clauses');
  equal(await overflow(), 0, 'clauses overflow');
}, { viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });

test('errors: an unknown document and a malformed query say so', async ({ page }) => {
  await open(page, '?doc=no-such-document');
  assert((await page.innerText('#doc-view')).includes('Dokumen tidak ditemukan'), 'not found message');
  await open(page, '?q=kaltim+AND');
  const message = await page.innerText('#message');
  assert(message.includes('q:'), `the server's reason, naming the parameter: ${message}`);
  equal(await page.locator('#hits > li').count(), 0, 'no hits');
}, { allowHttpErrors: true });

runAll(cases, process.argv.slice(2)).then((code) => process.exit(code), (e) => {
  console.error(`web e2e: ${e.stack || e}`);
  process.exit(1);
});
