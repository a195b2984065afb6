// The filter sidebar: one group of checkboxes per facet with counts (multi-select), a search
// box inside the long facets (institution, official) that asks /api/facets/{facet}?prefix=,
// and the date and rupiah range inputs.

import { h, idPart, replace } from './dom.js';
import { facetValues } from './api.js';
import { formatCount, parseRupiahInput } from './format.js';
import { FACETS, isSelected, searchParams, toggleFilter, withChanges } from './state.js';
import { facetDisplay } from './search_view.js';

const SEARCHABLE = new Set(['institution', 'official']);
const SHOWN = 8;  // values shown before "show all"

export function checkboxId(facet, key) {
  return `f-${facet}-${idPart(key)}`;
}

function valueList(app, state, facet, values, { prefix = '' } = {}) {
  return h('ul', { class: 'facet-values' }, values.map((v) => {
    const id = checkboxId(facet, v.key) + (prefix ? '-s' : '');
    const checked = Boolean(v.selected) || isSelected(state, facet, v.key, v.value);
    return h('li', {},
      h('input', {
        type: 'checkbox',
        id,
        value: v.key,
        checked,
        dataset: { facet, key: v.key },
        onchange: () => app.navigate(toggleFilter(state, facet, v.key, v.value),
          { focus: `#${checkboxId(facet, v.key)}` }),
      }),
      h('label', { for: id },
        h('span', { class: 'facet-value', text: facetDisplay(app, facet, v) }),
        h('span', { class: 'count', text: formatCount(v.count, app.lang) })));
  }));
}

function sortValues(facet, values) {
  if (facet !== 'year') return values;
  return [...values].sort((a, b) => String(b.key).localeCompare(String(a.key)));
}

function facetGroup(app, state, facet, values) {
  const t = app.t;
  const legendId = `facet-${facet}-legend`;
  const sorted = sortValues(facet, values);
  const expanded = app.ui.expanded.has(facet);
  const shown = expanded ? sorted : sorted.filter((v, i) => i < SHOWN || v.selected);
  const list = h('div', { class: 'facet-list', id: `facet-${facet}-list` },
    sorted.length ? valueList(app, state, facet, shown) : h('p', { class: 'muted', text: t('facet.empty') }));
  const more = sorted.length > SHOWN
    ? h('button', {
      type: 'button',
      class: 'link-button facet-more',
      'aria-expanded': String(expanded),
      'aria-controls': `facet-${facet}-list`,
      id: `facet-${facet}-more`,
      text: expanded ? t('facet.less') : t('facet.more', { n: sorted.length }),
      onclick: () => {
        if (expanded) app.ui.expanded.delete(facet); else app.ui.expanded.add(facet);
        app.rerenderFacets(`#facet-${facet}-more`);
      },
    })
    : null;
  let search = null;
  if (SEARCHABLE.has(facet)) {
    const inputId = `facet-${facet}-search`;
    let timer = 0;
    let controller = null;
    const input = h('input', {
      type: 'search',
      id: inputId,
      class: 'facet-search',
      autocomplete: 'off',
      'aria-controls': `facet-${facet}-list`,
      placeholder: t('facet.search', { facet: t(`facet.${facet}`).toLowerCase() }),
    });
    input.addEventListener('input', () => {
      clearTimeout(timer);
      timer = setTimeout(async () => {
        const prefix = input.value.trim();
        controller?.abort();
        if (prefix === '') {
          replace(list, valueList(app, state, facet, shown));
          return;
        }
        controller = new AbortController();
        const others = withChanges(state, { filters: { [facet]: [] } });
        const params = searchParams(others, { withPage: false });
        params.set('prefix', prefix);
        params.set('limit', '20');
        try {
          const result = await facetValues(facet, params, controller.signal);
          const found = result.values ?? [];
          replace(list, found.length
            ? valueList(app, state, facet, found, { prefix })
            : h('p', { class: 'muted', role: 'status', text: t('facet.search.none') }));
        } catch (e) {
          if (e.name !== 'AbortError') replace(list, h('p', { class: 'error', role: 'alert', text: e.message }));
        }
      }, 200);
    });
    search = h('div', { class: 'facet-search-box' },
      h('label', { for: inputId, class: 'visually-hidden', text: t('facet.search', { facet: t(`facet.${facet}`) }) }),
      input);
  }
  return h('fieldset', { class: `facet facet-${facet}`, 'aria-labelledby': legendId },
    h('legend', { id: legendId, text: t(`facet.${facet}`) }),
    search, list, more);
}

function rangeForm(app, state) {
  const t = app.t;
  const error = h('p', { class: 'error', id: 'range-error', role: 'alert' });
  const field = (name, type, value, extra = {}) => h('div', { class: 'field' },
    h('label', { for: `range-${name}`, text: t(`range.${name}`) }),
    h('input', { id: `range-${name}`, name, type, value, ...extra }));
  const amount = (v) => (v ? new Intl.NumberFormat('id-ID').format(Number(v)) : '');
  const form = h('form', { class: 'ranges', id: 'range-form', novalidate: true },
    h('fieldset', {},
      h('legend', { text: t('range.date') }),
      field('date_from', 'date', state.date_from),
      field('date_to', 'date', state.date_to)),
    h('fieldset', {},
      h('legend', { text: t('range.amount') }),
      field('amount_min', 'text', amount(state.amount_min), { inputmode: 'numeric', 'aria-describedby': 'range-error' }),
      field('amount_max', 'text', amount(state.amount_max), { inputmode: 'numeric', 'aria-describedby': 'range-error' })),
    error,
    h('button', { type: 'submit', class: 'button', text: t('range.apply') }));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const min = parseRupiahInput(data.get('amount_min') ?? '');
    const max = parseRupiahInput(data.get('amount_max') ?? '');
    if (min === null || max === null) {
      error.textContent = t('range.invalid_amount');
      form.querySelector(min === null ? '#range-amount_min' : '#range-amount_max').focus();
      return;
    }
    app.navigate(withChanges(state, {
      date_from: data.get('date_from') || '',
      date_to: data.get('date_to') || '',
      amount_min: min,
      amount_max: max,
    }), { focus: 'results' });
  });
  return form;
}

// Fills the sidebar from the `facets` of one /api/search response.
export function renderFacets(app, state, facets, node) {
  replace(node,
    FACETS.map((facet) => facetGroup(app, state, facet, facets?.[facet] ?? [])),
    rangeForm(app, state));
}
