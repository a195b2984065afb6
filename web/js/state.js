// The page's whole state, read from and written to the URL's query string, so that a search or
// a document can be shared and the back button restores it. The names are the API's own
// (docs/api.md), so the API parameters of a search are the page's query string minus `doc`.
// Pure functions: no DOM.

export const FACETS = ['type', 'year', 'place', 'institution', 'official', 'source'];
export const SORTS = ['relevance', '-date', 'date', 'amount'];
export const MODES = ['documents', 'clauses'];
export const PAGE_SIZE = 10;

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DIGITS = /^\d+$/;

export function emptyState() {
  const filters = {};
  for (const f of FACETS) filters[f] = [];
  return {
    q: '',
    filters,
    date_from: '',
    date_to: '',
    amount_min: '',
    amount_max: '',
    sort: 'relevance',
    page: 1,
    mode: 'documents',
    doc: '',  // the id of the open document; empty: the search view
  };
}

// Reads a query string ("?q=..." or URLSearchParams). Unknown or malformed values fall back to
// the defaults rather than failing: a hand-edited link still opens.
export function parseState(search) {
  const params = search instanceof URLSearchParams ? search : new URLSearchParams(search);
  const state = emptyState();
  state.q = params.get('q') ?? '';
  for (const f of FACETS) {
    const seen = new Set();
    for (const v of params.getAll(f)) {
      if (v !== '' && !seen.has(v)) {
        seen.add(v);
        state.filters[f].push(v);
      }
    }
  }
  for (const k of ['date_from', 'date_to']) {
    const v = params.get(k) ?? '';
    if (DATE.test(v)) state[k] = v;
  }
  for (const k of ['amount_min', 'amount_max']) {
    const v = params.get(k) ?? '';
    if (DIGITS.test(v)) state[k] = v;
  }
  const sort = params.get('sort');
  if (SORTS.includes(sort)) state.sort = sort;
  const mode = params.get('mode');
  if (MODES.includes(mode)) state.mode = mode;
  const page = Number.parseInt(params.get('page') ?? '1', 10);
  if (Number.isInteger(page) && page >= 1) state.page = page;
  state.doc = params.get('doc') ?? '';
  return state;
}

// The search parameters of a state, defaults left out, in a fixed order: the same state always
// gives the same string (used as a cache key and in links).
export function searchParams(state, { withPage = true } = {}) {
  const p = new URLSearchParams();
  if (state.q) p.set('q', state.q);
  for (const f of FACETS) {
    for (const v of state.filters[f] ?? []) p.append(f, v);
  }
  for (const k of ['date_from', 'date_to', 'amount_min', 'amount_max']) {
    if (state[k]) p.set(k, state[k]);
  }
  if (state.sort && state.sort !== 'relevance') p.set('sort', state.sort);
  if (state.mode && state.mode !== 'documents') p.set('mode', state.mode);
  if (withPage && state.page > 1) p.set('page', String(state.page));
  return p;
}

// The page's own URL (query string only, no hash) for a state.
export function stateToQuery(state) {
  const p = searchParams(state);
  if (state.doc) p.set('doc', state.doc);
  const s = p.toString();
  return s ? `?${s}` : '?';
}

// Parameters for GET /api/search.
export function apiSearchParams(state, extra = {}) {
  const p = searchParams(state, { withPage: false });
  if (state.page > 1) p.set('page', String(state.page));
  p.set('size', String(PAGE_SIZE));
  for (const [k, v] of Object.entries(extra)) p.set(k, String(v));
  return p;
}

// Parameters for GET /api/export: the whole search, no paging.
export function exportParams(state, format) {
  const p = searchParams(state, { withPage: false });
  p.set('format', format);
  return p;
}

export function hasFilters(state) {
  return FACETS.some((f) => state.filters[f].length > 0) ||
      Boolean(state.date_from || state.date_to || state.amount_min || state.amount_max);
}

function clone(state) {
  const filters = {};
  for (const f of FACETS) filters[f] = [...(state.filters[f] ?? [])];
  return { ...state, filters };
}

// Case and accent folding close enough to the server's to tell that "Rudy Mas'ud" and the
// facet key "rudy mas'ud" are the same value.
export function fold(value) {
  return String(value)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

// Is `value` (or a value that folds like `key`) among the facet's filters?
export function isSelected(state, facet, key, value = key) {
  const fk = fold(key);
  return (state.filters[facet] ?? []).some((v) => v === key || v === value || fold(v) === fk);
}

// A new state with the facet value added (if absent) or removed (every spelling of it); the
// page goes back to 1 and any open document closes.
export function toggleFilter(state, facet, key, value = key) {
  const next = clone(state);
  const fk = fold(key);
  const list = next.filters[facet];
  if (isSelected(state, facet, key, value)) {
    next.filters[facet] = list.filter((v) => !(v === key || v === value || fold(v) === fk));
  } else {
    list.push(key);
  }
  next.page = 1;
  next.doc = '';
  return next;
}

export function addFilter(state, facet, value) {
  if (isSelected(state, facet, value)) return { ...clone(state), page: 1, doc: '' };
  return toggleFilter(state, facet, value);
}

// A new state with `changes` applied; any change of the search resets the page unless `page`
// is among the changes.
export function withChanges(state, changes) {
  const next = clone(state);
  Object.assign(next, changes);
  if (changes.filters) next.filters = { ...clone(state).filters, ...changes.filters };
  if (!('page' in changes)) next.page = 1;
  if (!('doc' in changes)) next.doc = '';
  return next;
}

export function clearFilters(state) {
  return withChanges(state, {
    filters: emptyState().filters,
    date_from: '',
    date_to: '',
    amount_min: '',
    amount_max: '',
  });
}

// Every active filter as {facet, value, param} for the chips: facet filters, then ranges.
export function activeFilters(state) {
  const out = [];
  for (const f of FACETS) {
    for (const v of state.filters[f]) out.push({ param: f, value: v });
  }
  for (const k of ['date_from', 'date_to', 'amount_min', 'amount_max']) {
    if (state[k]) out.push({ param: k, value: state[k] });
  }
  return out;
}

export function removeFilter(state, param, value) {
  if (FACETS.includes(param)) {
    const next = clone(state);
    next.filters[param] = next.filters[param].filter((v) => v !== value);
    next.page = 1;
    next.doc = '';
    return next;
  }
  return withChanges(state, { [param]: '' });
}

// The last day of a month, as YYYY-MM-DD.
export function monthEnd(year, month) {
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(days).padStart(2, '0')}`;
}

// The date range of a period "2025" or "2025-05", as [from, to].
export function periodRange(period) {
  const m = /^(\d{4})(?:-(\d{2}))?$/.exec(period);
  if (!m) throw new Error(`not a period: ${period}`);
  const year = Number(m[1]);
  if (!m[2]) return [`${m[1]}-01-01`, `${m[1]}-12-31`];
  return [`${m[1]}-${m[2]}-01`, monthEnd(year, Number(m[2]))];
}
