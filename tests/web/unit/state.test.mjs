// URL state of the page (web/js/state.js): parsing, writing, filter changes.
import test from 'node:test';
import assert from 'node:assert/strict';
import {
  activeFilters, apiSearchParams, emptyState, exportParams, fold, isSelected, monthEnd, parseState,
  periodRange, removeFilter, stateToQuery, toggleFilter, withChanges,
} from '../../../web/js/state.js';

test('a query string survives parse -> write -> parse unchanged', () => {
  const cases = [
    '?',
    '?q=misi+dagang',
    '?q=%22kerja+sama%22&type=article&type=addendum&year=2025',
    '?q=x&institution=Universitas+Mulawarman&official=Rudy+Mas%27ud&date_from=2025-01-01&date_to=2025-12-31',
    '?amount_min=1000000&amount_max=666000000000&sort=amount&mode=clauses&page=3',
    '?q=unmul&doc=pks-unmul-pupukkaltim-2025-riset-magang',
  ];
  for (const query of cases) {
    const once = stateToQuery(parseState(query));
    assert.equal(stateToQuery(parseState(once)), once, `round trip of ${query}`);
    assert.deepEqual(parseState(once), parseState(query), `state of ${query}`);
  }
});

test('malformed values fall back to the defaults', () => {
  const rows = [
    ['?page=0', 'page', 1],
    ['?page=abc', 'page', 1],
    ['?page=-2', 'page', 1],
    ['?sort=random', 'sort', 'relevance'],
    ['?mode=pages', 'mode', 'documents'],
    ['?date_from=2025-13', 'date_from', ''],
    ['?amount_min=12abc', 'amount_min', ''],
    ['?amount_max=-5', 'amount_max', ''],
  ];
  for (const [query, key, expected] of rows) {
    assert.equal(parseState(query)[key], expected, query);
  }
});

test('defaults are left out of the URL and repeated facet values are kept once', () => {
  const state = parseState('?q=a&type=article&type=article&sort=relevance&mode=documents&page=1');
  assert.deepEqual(state.filters.type, ['article']);
  assert.equal(stateToQuery(state), '?q=a&type=article');
  assert.equal(stateToQuery(emptyState()), '?');
});

test('API parameters: page size, extra parameters, no doc; export has no paging', () => {
  const state = parseState('?q=kaltim&place=Bontang&page=2&doc=x');
  const api = apiSearchParams(state, { facet_limit: 100 });
  assert.equal(api.get('q'), 'kaltim');
  assert.equal(api.get('place'), 'Bontang');
  assert.equal(api.get('page'), '2');
  assert.equal(api.get('size'), '10');
  assert.equal(api.get('facet_limit'), '100');
  assert.equal(api.get('doc'), null);
  const exp = exportParams(state, 'csv');
  assert.equal(exp.get('page'), null);
  assert.equal(exp.get('size'), null);
  assert.equal(exp.get('format'), 'csv');
  assert.equal(exp.get('place'), 'Bontang');
});

test('toggling a facet value adds it, removes every spelling of it, and resets the page', () => {
  let state = parseState('?q=a&page=4&doc=d');
  state = toggleFilter(state, 'official', "rudy mas'ud", "Rudy Mas'ud");
  assert.deepEqual(state.filters.official, ["rudy mas'ud"]);
  assert.equal(state.page, 1);
  assert.equal(state.doc, '');
  // The display form and a curly apostrophe are the same value.
  assert.ok(isSelected(state, 'official', "Rudy Mas\u2019ud"));
  const withDisplay = { ...state, filters: { ...state.filters, official: ["Rudy Mas'ud", 'Seno Aji'] } };
  const removed = toggleFilter(withDisplay, 'official', "rudy mas'ud", "Rudy Mas'ud");
  assert.deepEqual(removed.filters.official, ['Seno Aji']);
});

test('fold: case, accents, apostrophes and spaces', () => {
  const rows = [
    ['Kalimantan  Timur', 'kalimantan timur'],
    ['Mas\u2019ud', "mas'ud"],
    ['Café', 'cafe'],
    ['  PT Pupuk ', 'pt pupuk'],
  ];
  for (const [input, expected] of rows) assert.equal(fold(input), expected, input);
});

test('active filters list facets then ranges; removing one keeps the others', () => {
  const state = parseState('?type=article&year=2025&date_from=2025-05-01&amount_min=100');
  assert.deepEqual(activeFilters(state).map((f) => `${f.param}=${f.value}`),
    ['type=article', 'year=2025', 'date_from=2025-05-01', 'amount_min=100']);
  const next = removeFilter(state, 'date_from', '2025-05-01');
  assert.equal(next.date_from, '');
  assert.deepEqual(next.filters.type, ['article']);
  const noYear = removeFilter(state, 'year', '2025');
  assert.deepEqual(noYear.filters.year, []);
  assert.equal(noYear.date_from, '2025-05-01');
});

test('withChanges resets the page unless the page is among the changes', () => {
  const state = parseState('?q=a&page=3');
  assert.equal(withChanges(state, { sort: 'date' }).page, 1);
  assert.equal(withChanges(state, { page: 2 }).page, 2);
  assert.equal(state.page, 3, 'the original state is not changed');
});

test('periods: months and years to date ranges, leap years included', () => {
  const rows = [
    ['2025', ['2025-01-01', '2025-12-31']],
    ['2025-02', ['2025-02-01', '2025-02-28']],
    ['2024-02', ['2024-02-01', '2024-02-29']],
    ['2025-12', ['2025-12-01', '2025-12-31']],
    ['2025-04', ['2025-04-01', '2025-04-30']],
  ];
  for (const [period, expected] of rows) assert.deepEqual(periodRange(period), expected, period);
  assert.equal(monthEnd(2100, 2), '2100-02-28');
  assert.throws(() => periodRange('May 2025'));
});
