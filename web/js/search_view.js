// The results column of the search view: count (announced), sort, documents / clauses switch,
// export links, active filter chips, "did you mean", the hits and the pagination.

import { h, svg, replace } from './dom.js';
import { exportUrl } from './api.js';
import { formatDate, formatRupiahShort, formatCount } from './format.js';
import {
  FACETS, PAGE_SIZE, SORTS, MODES, activeFilters, addFilter, clearFilters, exportParams, fold,
  hasFilters, removeFilter, stateToQuery, withChanges,
} from './state.js';
import { hasKey } from './i18n.js';
import { pasalId } from './highlight.js';

// The snippet is the one field inserted as HTML: the API escapes everything but <mark>. As a
// second guard, any element other than <mark> (and any attribute) is turned back into text.
export function safeSnippet(html) {
  const template = document.createElement('template');
  template.innerHTML = html ?? '';
  const out = document.createDocumentFragment();
  const copy = (from, to) => {
    for (const node of from.childNodes) {
      if (node.nodeType === Node.TEXT_NODE) {
        to.append(node.textContent);
      } else if (node.nodeType === Node.ELEMENT_NODE && node.localName === 'mark') {
        const mark = document.createElement('mark');
        copy(node, mark);
        to.append(mark);
      } else {
        to.append(node.textContent ?? '');
      }
    }
  };
  copy(template.content, out);
  return out;
}

// A link inside the page: a real href (open in a new tab works), plain clicks stay in the page.
// attrs: hash ("#pasal-5"), focus (what gets the focus after, see main.js), svg (an SVG <a>),
// and any attribute.
export function pageLink(app, state, attrs, ...children) {
  const { hash = '', focus, svg: inSvg = false, ...rest } = attrs;
  const href = `${stateToQuery(state)}${hash}`;
  return (inSvg ? svg : h)('a', {
    ...rest,
    href,
    onclick: (event) => {
      if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      event.preventDefault();
      app.navigate(state, { hash, focus });
    },
  }, ...children);
}

// Where a hit leads: its document (a clause hit: its agreement, at the Pasal).
export function hitTarget(state, hit) {
  const number = hit.clause_number;
  const clause = number !== undefined && number !== null && number !== '';
  const doc = clause ? (hit.parent_id || String(hit.id).split('#')[0]) : hit.id;
  return { state: { ...state, doc }, hash: clause ? `#${pasalId(number)}` : '', clause };
}

// The label of a facet value: document types by their name in the page's language.
export function facetDisplay(app, facet, entry) {
  if (facet === 'type' && hasKey(app.lang, `type.${entry.key}`)) return app.t(`type.${entry.key}`);
  return entry.value || entry.key;
}

// "Jenis: Berita" for a chip; the display form from the last facet counts when known.
function chipLabel(app, param, value, facets) {
  const t = app.t;
  if (FACETS.includes(param)) {
    const known = facets?.[param]?.find((v) => v.key === value || v.value === value || fold(v.key) === fold(value));
    return `${t(`facet.${param}`)}: ${facetDisplay(app, param, known ?? { key: value, value })}`;
  }
  if (param === 'date_from' || param === 'date_to') {
    return t(`chip.${param}`, { v: formatDate(value, app.lang) });
  }
  return t(`chip.${param}`, { v: formatRupiahShort(value, app.lang) });
}

function renderChips(app, state, facets) {
  const list = activeFilters(state);
  if (list.length === 0) return null;
  return h('div', { class: 'active-filters' },
    h('h3', { class: 'visually-hidden', text: app.t('filters.active') }),
    h('ul', { class: 'chips', 'aria-label': app.t('filters.active') },
      list.map(({ param, value }) => {
        const label = chipLabel(app, param, value, facets);
        return h('li', {},
          h('button', {
            type: 'button',
            class: 'chip chip-remove',
            'aria-label': app.t('filters.remove', { label }),
            onclick: () => app.navigate(removeFilter(state, param, value), { focus: 'results' }),
          }, label, h('span', { 'aria-hidden': 'true', class: 'x', text: '×' })));
      }),
      h('li', {}, h('button', {
        type: 'button',
        class: 'link-button',
        onclick: () => app.navigate(clearFilters(state), { focus: 'results' }),
        text: app.t('filters.clear'),
      }))));
}

function renderToolbar(app, state) {
  const t = app.t;
  const sort = h('select', {
    id: 'sort',
    onchange: (e) => app.navigate(withChanges(state, { sort: e.target.value }), { focus: 'keep' }),
  }, SORTS.map((s) => h('option', { value: s, selected: s === state.sort, text: t(`sort.${s}`) })));
  const modes = h('fieldset', { class: 'mode-switch' },
    h('legend', { text: t('mode.label') }),
    MODES.map((m) => h('label', { class: 'segment' },
      h('input', {
        type: 'radio',
        name: 'mode',
        id: `mode-${m}`,
        value: m,
        checked: m === state.mode,
        onchange: () => app.navigate(withChanges(state, { mode: m }), { focus: 'keep' }),
      }),
      h('span', { text: t(`mode.${m}`) }))));
  const exportLink = (format) => h('a', {
    class: 'export',
    id: `export-${format}`,
    href: exportUrl(exportParams(state, format)),
    download: `arsip-export.${format}`,
    title: t('export.title', { format: format.toUpperCase() }),
    text: t(`export.${format}`),
  });
  return h('div', { class: 'toolbar' },
    h('div', { class: 'field-inline' }, h('label', { for: 'sort', text: t('sort.label') }), sort),
    modes,
    h('div', { class: 'exports', role: 'group', 'aria-label': t('export.label') },
      h('span', { class: 'exports-label', 'aria-hidden': 'true', text: `${t('export.label')}:` }),
      exportLink('csv'), exportLink('json')));
}

const CHIPS_PER_KIND = 4;  // entity chips per kind on a hit; the document view lists them all

function entityChips(app, state, hit) {
  const e = hit.entities ?? {};
  const groups = [['officials', 'official'], ['institutions', 'institution'], ['places', 'place']];
  const items = [];
  for (const [kind, facet] of groups) {
    const names = e[kind] ?? [];
    for (const name of names.slice(0, CHIPS_PER_KIND)) {
      items.push(h('li', {}, h('button', {
        type: 'button',
        class: `chip chip-${kind}`,
        'aria-label': app.t('entity.filter', { kind: app.t(`facet.${facet}`), name }),
        title: app.t('entity.filter', { kind: app.t(`facet.${facet}`), name }),
        onclick: () => app.navigate(addFilter(state, facet, name), { focus: 'results' }),
      }, name)));
    }
    if (names.length > CHIPS_PER_KIND) {
      items.push(h('li', { class: 'more muted', text: `+${names.length - CHIPS_PER_KIND}` }));
    }
  }
  if (e.largest_amount !== undefined && e.largest_amount !== null) {
    items.push(h('li', { class: 'amount', text: formatRupiahShort(e.largest_amount, app.lang) }));
  }
  return items.length ? h('ul', { class: 'chips entity-chips', 'aria-label': app.t('doc.entities') }, items) : null;
}

function renderHit(app, state, hit, index) {
  const target = hitTarget(state, hit);
  const titleId = `hit-${index}`;
  const heading = target.clause
    ? `Pasal ${hit.clause_number}${hit.clause_heading ? ` · ${hit.clause_heading}` : ''}`
    : hit.title || hit.id;
  return h('li', { class: 'hit' },
    h('article', { 'aria-labelledby': titleId },
      h('h3', { class: 'hit-title', id: titleId },
        pageLink(app, target.state, { hash: target.hash, focus: target.clause ? 'hash' : 'doc' }, heading)),
      h('p', { class: 'hit-meta' },
        h('span', { class: `badge type-${hit.type}`, text: facetDisplay(app, 'type', { key: hit.type, value: hit.type }) }),
        hit.date ? h('time', { datetime: hit.date, text: formatDate(hit.date, app.lang) }) : null,
        hit.source ? h('span', { class: 'source', text: hit.source }) : null,
        target.clause ? h('span', { class: 'parent', text: hit.parent_title || hit.title }) : null),
      hit.snippet ? h('p', { class: 'snippet' }, safeSnippet(hit.snippet)) : null,
      entityChips(app, state, hit)));
}

function pageNumbers(current, last) {
  const pages = new Set([1, last, current - 2, current - 1, current, current + 1, current + 2]);
  const list = [...pages].filter((p) => p >= 1 && p <= last).sort((a, b) => a - b);
  const out = [];
  list.forEach((p, i) => {
    if (i > 0 && p - list[i - 1] > 1) out.push(null);
    out.push(p);
  });
  return out;
}

function renderPagination(app, state, total) {
  const last = Math.max(1, Math.ceil(total / PAGE_SIZE));
  if (last <= 1) return null;
  const t = app.t;
  const link = (page, label, attrs = {}) =>
    pageLink(app, { ...state, page }, { ...attrs, focus: 'results' }, label);
  return h('nav', { class: 'pagination', 'aria-label': t('page.nav') },
    h('ul', {},
      state.page > 1 ? h('li', {}, link(state.page - 1, t('page.prev'), { rel: 'prev', class: 'prev' })) : null,
      pageNumbers(state.page, last).map((p) => h('li', {},
        p === null ? h('span', { class: 'gap', 'aria-hidden': 'true', text: '…' })
          : p === state.page
            ? h('span', { class: 'current', 'aria-current': 'page', 'aria-label': t('page.current', { n: p }), text: String(p) })
            : link(p, String(p), { 'aria-label': t('page.n', { n: p }) }))),
      state.page < last ? h('li', {}, link(state.page + 1, t('page.next'), { rel: 'next', class: 'next' })) : null));
}

function countText(app, state, total) {
  const mode = state.mode;
  if (total === 1) return app.t(`results.count.one.${mode}`);
  return app.t(`results.count.${mode}`, { n: formatCount(total, app.lang) });
}

// Fills the results column from one /api/search response.
export function renderResults(app, state, result, nodes) {
  const facets = {};
  for (const [name, values] of Object.entries(result.facets ?? {})) facets[name] = values;
  nodes.count.textContent = countText(app, state, result.total);
  nodes.took.textContent = typeof result.took_ms === 'number'
    ? app.t('results.took', { ms: result.took_ms.toFixed(1) }) : '';
  replace(nodes.toolbar, renderToolbar(app, state));
  replace(nodes.chips, renderChips(app, state, facets));
  replace(nodes.suggestion, result.suggestion
    ? h('p', { class: 'suggestion' }, `${app.t('suggest')} `,
      pageLink(app, withChanges(state, { q: result.suggestion }), { id: 'suggestion-link', focus: 'results' },
        h('strong', { text: result.suggestion })))
    : null);
  replace(nodes.hits, (result.hits ?? []).map((hit, i) => renderHit(app, state, hit, i)));
  nodes.hits.setAttribute('start', String((state.page - 1) * PAGE_SIZE + 1));
  replace(nodes.empty, result.total === 0
    ? h('p', { class: 'empty' }, app.t('results.none'),
      hasFilters(state) ? [' ', h('button', {
        type: 'button',
        class: 'link-button',
        onclick: () => app.navigate(clearFilters(state), { focus: 'results' }),
        text: app.t('filters.clear'),
      })] : null)
    : null);
  replace(nodes.pagination, renderPagination(app, state, result.total));
}
