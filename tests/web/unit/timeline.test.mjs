// Timeline counts (web/js/timeline.js): bars from the year facet, months, clamping, requests.
import test from 'node:test';
import assert from 'node:assert/strict';
import {
  clampToState, loadTimeline, monthsBetween, wantsMonths, yearBars,
} from '../../../web/js/timeline.js';
import { parseState } from '../../../web/js/state.js';

const facet = [
  { value: '2025', key: '2025', count: 12 },
  { value: '2023', key: '2023', count: 2 },
  { value: '2026', key: '2026', count: 1 },
  { value: '2024', key: '2024', count: 0 },
];

test('year bars: oldest first, empty years dropped, only the selected years when filtered', () => {
  assert.deepEqual(yearBars(facet).map((b) => `${b.period}:${b.count}`), ['2023:2', '2025:12', '2026:1']);
  assert.deepEqual(yearBars(facet, ['2025']).map((b) => b.period), ['2025']);
  assert.deepEqual(yearBars(undefined), []);
});

test('months only when the years span at most two calendar years', () => {
  const bars = (...years) => years.map((y) => ({ period: String(y), count: 1 }));
  assert.equal(wantsMonths(bars(2025)), true);
  assert.equal(wantsMonths(bars(2025, 2026)), true);
  assert.equal(wantsMonths(bars(2024, 2026)), false);
  assert.equal(wantsMonths([]), false);
});

test('months between two dates, across a year end', () => {
  assert.deepEqual(monthsBetween('2025-11-30', '2026-02-01'), ['2025-11', '2025-12', '2026-01', '2026-02']);
  assert.deepEqual(monthsBetween('2025-05-08', '2025-05-09'), ['2025-05']);
  assert.equal(monthsBetween('2025-01-01', '2026-12-31').length, 24);
});

test('a period is cut to the search date range', () => {
  const state = parseState('?date_from=2025-05-10&date_to=2025-07-04');
  assert.deepEqual(clampToState('2025-05', state), ['2025-05-10', '2025-05-31']);
  assert.deepEqual(clampToState('2025-06', state), ['2025-06-01', '2025-06-30']);
  assert.deepEqual(clampToState('2025-07', state), ['2025-07-01', '2025-07-04']);
  assert.equal(clampToState('2025-08', state), null);
});

// A search function over a fixed list of dated hits, counting what it was asked.
function fakeSearch(hits) {
  const asked = [];
  const search = async (params) => {
    asked.push(params.toString());
    const from = params.get('date_from') ?? '';
    const to = params.get('date_to') ?? '9999';
    let matches = hits.filter((h) => !h.date || (h.date >= from && h.date <= to));
    if (params.get('date_from') || params.get('date_to')) matches = matches.filter((h) => h.date);
    const sort = params.get('sort');
    const dated = matches.filter((h) => h.date);
    if (sort === 'date') matches = [...dated.sort((a, b) => a.date.localeCompare(b.date))];
    if (sort === '-date') matches = [...dated.sort((a, b) => b.date.localeCompare(a.date))];
    if (sort === 'amount') matches = [...matches].sort((a, b) => (b.entities?.largest_amount ?? -1) - (a.entities?.largest_amount ?? -1));
    return { total: matches.length, hits: matches.slice(0, Number(params.get('size'))) };
  };
  return { search, asked };
}

test('loadTimeline counts per month with one small request per month', async () => {
  const hits = [
    { id: 'a', date: '2025-04-17', entities: {} },
    { id: 'b', date: '2025-05-08', entities: { largest_amount: 666e9 } },
    { id: 'c', date: '2025-05-09', entities: { largest_amount: 1e6 } },
    { id: 'd', date: '2026-01-02', entities: {} },
    { id: 'e', date: '', entities: {} },
  ];
  const { search, asked } = fakeSearch(hits);
  const result = { total: 5, facets: { year: [{ key: '2025', value: '2025', count: 3 }, { key: '2026', value: '2026', count: 1 }] } };
  const data = await loadTimeline(search, parseState('?q=x'), result);
  assert.equal(data.scale, 'month');
  assert.equal(data.bars.length, 10, 'April 2025 to January 2026');
  assert.deepEqual(data.bars.filter((b) => b.count).map((b) => `${b.period}:${b.count}`),
    ['2025-04:1', '2025-05:2', '2026-01:1']);
  assert.equal(data.undated, 1);
  assert.equal(data.largest.amount, 666e9);
  assert.equal(data.largest.hit.id, 'b');
  assert.equal(asked.length, 3 + 10, 'amount, first and last date, then one per month');
  assert.ok(asked.every((q) => q.includes('size=1')));
});

test('loadTimeline keeps years when the matches span more than two years', async () => {
  const { search, asked } = fakeSearch([{ id: 'a', date: '2020-01-01', entities: {} }]);
  const result = { total: 3, facets: { year: [{ key: '2020', count: 1 }, { key: '2025', count: 2 }] } };
  const data = await loadTimeline(search, parseState('?'), result);
  assert.equal(data.scale, 'year');
  assert.deepEqual(data.bars.map((b) => b.period), ['2020', '2025']);
  assert.equal(data.largest, null, 'no hit names an amount');
  assert.equal(asked.length, 1, 'only the largest-amount request');
});
