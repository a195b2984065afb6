// The timeline of the matches: an SVG bar chart per year, or per month when the matches span at
// most two calendar years, with the total and the largest rupiah amount. A bar is a link that
// filters the search to its period (date_from / date_to).
//
// Where the counts come from (exact, and bounded in cost):
//  - per year: the year facet of the search response itself (asked with facet_limit=100);
//  - per month: the first and last dated match (sort=date / -date, size=1), then one count-only
//    search (size=1, facet_limit=1) per month between them: at most 24 + 2 small requests;
//  - the largest amount: one search sorted by amount, size=1.

import { h, svg, replace } from './dom.js';
import { formatCount, formatDate, formatRupiahShort, shortMonth } from './format.js';
import { apiSearchParams, periodRange, withChanges } from './state.js';
import { hitTarget, pageLink } from './search_view.js';

export const MAX_MONTH_YEARS = 2;

// The year facet as bars, oldest first. With a year filter, the facet still counts the other
// years (multi-select facets), so only the selected years are the matches' years.
export function yearBars(yearFacet, selectedYears = []) {
  const selected = new Set(selectedYears.map(String));
  return (yearFacet ?? [])
    .filter((v) => /^\d{4}$/.test(String(v.key)) && (selected.size === 0 || selected.has(String(v.key))))
    .filter((v) => v.count > 0)
    .map((v) => ({ period: String(v.key), count: v.count }))
    .sort((a, b) => a.period.localeCompare(b.period));
}

// Month periods "YYYY-MM" from the month of `from` to the month of `to` (YYYY-MM-DD), inclusive.
export function monthsBetween(from, to) {
  const [fy, fm] = from.split('-').map(Number);
  const [ty, tm] = to.split('-').map(Number);
  const out = [];
  for (let y = fy, m = fm; y < ty || (y === ty && m <= tm); m === 12 ? (y += 1, m = 1) : (m += 1)) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
  }
  return out;
}

// Month bars when the years span at most two calendar years, else null.
export function wantsMonths(bars) {
  if (bars.length === 0) return false;
  return Number(bars[bars.length - 1].period) - Number(bars[0].period) < MAX_MONTH_YEARS;
}

// A period's date range within the search's own date range; null when they do not meet.
export function clampToState(period, state) {
  let [from, to] = periodRange(period);
  if (state.date_from && state.date_from > from) from = state.date_from;
  if (state.date_to && state.date_to < to) to = state.date_to;
  return from <= to ? [from, to] : null;
}

async function firstHit(search, state, sort, signal) {
  const result = await search(apiSearchParams({ ...state, page: 1, sort }, { size: 1, facet_limit: 1 }), signal);
  return result.hits?.[0] ?? null;
}

async function inBatches(items, size, fn) {
  const out = [];
  for (let i = 0; i < items.length; i += size) {
    out.push(...await Promise.all(items.slice(i, i + size).map(fn)));
  }
  return out;
}

// Everything the timeline draws, for the search `state` whose response is `result`.
export async function loadTimeline(search, state, result, signal) {
  const total = result.total ?? 0;
  let bars = yearBars(result.facets?.year, state.filters.year);
  let scale = 'year';
  const largestHit = total > 0 ? firstHit(search, state, 'amount', signal) : Promise.resolve(null);
  if (wantsMonths(bars)) {
    const [first, last] = await Promise.all([
      firstHit(search, state, 'date', signal), firstHit(search, state, '-date', signal)]);
    if (first?.date && last?.date) {
      scale = 'month';
      const months = monthsBetween(first.date, last.date);
      bars = await inBatches(months, 4, async (period) => {
        const range = clampToState(period, state);
        if (!range) return { period, count: 0 };
        const scoped = withChanges(state, { date_from: range[0], date_to: range[1] });
        const r = await search(apiSearchParams(scoped, { size: 1, facet_limit: 1 }), signal);
        return { period, count: r.total ?? 0 };
      });
    }
  }
  const hit = await largestHit;
  const amount = hit?.entities?.largest_amount;
  const counted = bars.reduce((sum, b) => sum + b.count, 0);
  return {
    scale,
    bars,
    total,
    undated: Math.max(0, total - counted),
    largest: amount !== undefined && amount !== null ? { amount, hit } : null,
  };
}

const WIDTH = 640;
const HEIGHT = 170;
const TOP = 18;
const BOTTOM = 34;

function largestLink(app, state, largest) {
  const target = hitTarget(state, largest.hit);
  return pageLink(app, target.state, { hash: target.hash, focus: 'doc', title: largest.hit.title },
    h('strong', { id: 'timeline-largest', text: formatRupiahShort(largest.amount, app.lang) }));
}

function periodLabel(period, scale, lang) {
  return scale === 'month' ? formatDate(period, lang) : period;
}

// Draws `data` (from loadTimeline) into `node`.
export function renderTimeline(app, state, data, node) {
  const t = app.t;
  const unit = state.mode === 'clauses' ? '.clauses' : '';
  const heading = t(`timeline.${data.scale}${unit}`);
  const stats = h('p', { class: 'timeline-stats' },
    h('span', {}, `${t('timeline.total')}: `, h('strong', { id: 'timeline-total', text: formatCount(data.total, app.lang) })),
    h('span', {}, `${t('timeline.largest')}: `,
      data.largest
        ? largestLink(app, state, data.largest)
        : h('span', { class: 'muted', text: t('timeline.largest.none') })));
  if (data.bars.length === 0) {
    replace(node, h('h3', { id: 'timeline-heading', text: heading }), stats,
      h('p', { class: 'muted', text: t('timeline.empty') }));
    return;
  }
  const max = Math.max(...data.bars.map((b) => b.count), 1);
  const slot = (WIDTH - 8) / data.bars.length;
  const barWidth = Math.max(4, Math.min(56, slot * 0.7));
  const chartHeight = HEIGHT - TOP - BOTTOM;
  const everyOther = data.scale === 'month' && data.bars.length > 14;
  const chart = svg('svg', {
    class: 'timeline-chart',
    viewBox: `0 0 ${WIDTH} ${HEIGHT}`,
    role: 'group',
    'aria-labelledby': 'timeline-heading',
    preserveAspectRatio: 'xMidYMid meet',
  },
  svg('line', { x1: 4, x2: WIDTH - 4, y1: HEIGHT - BOTTOM, y2: HEIGHT - BOTTOM, class: 'axis' }),
  data.bars.map((bar, i) => {
    const x = 4 + slot * i + (slot - barWidth) / 2;
    const height = bar.count === 0 ? 0 : Math.max(2, (bar.count / max) * chartHeight);
    const y = HEIGHT - BOTTOM - height;
    const cx = x + barWidth / 2;
    const label = periodLabel(bar.period, data.scale, app.lang);
    const [month, year] = data.scale === 'month' ? [shortMonth(bar.period, app.lang), bar.period.slice(0, 4)] : [bar.period, ''];
    const showYear = data.scale === 'month' && (i === 0 || bar.period.endsWith('-01'));
    const range = periodRange(bar.period);
    const target = withChanges(state, { date_from: range[0], date_to: range[1] });
    return pageLink(app, target, {
      svg: true,
      focus: 'results',
      class: 'bar-link',
      'aria-label': t('timeline.bar', { period: label, n: formatCount(bar.count, app.lang) }),
      dataset: { period: bar.period, count: String(bar.count) },
    },
    svg('title', { text: `${label}: ${formatCount(bar.count, app.lang)}` }),
    svg('rect', { x: 4 + slot * i, y: TOP, width: slot, height: chartHeight, class: 'hit-area' }),
    svg('rect', { x, y, width: barWidth, height, class: 'bar', rx: 2 }),
    bar.count > 0 ? svg('text', { x: cx, y: y - 4, class: 'bar-count', 'text-anchor': 'middle', text: formatCount(bar.count, app.lang) }) : null,
    !everyOther || i % 2 === 0 || showYear
      ? svg('text', { x: cx, y: HEIGHT - BOTTOM + 14, class: 'bar-label', 'text-anchor': 'middle', text: month }) : null,
    showYear ? svg('text', { x: cx, y: HEIGHT - BOTTOM + 28, class: 'bar-label year', 'text-anchor': 'middle', text: year }) : null);
  }));
  replace(node,
    h('h3', { id: 'timeline-heading', text: heading }),
    stats,
    chart,
    data.undated > 0 ? h('p', { class: 'muted timeline-undated', text: t('timeline.undated', { n: formatCount(data.undated, app.lang) }) }) : null);
}
