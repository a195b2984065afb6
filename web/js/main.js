// The page's controller: reads the state from the URL, shows the search view or the document
// view, keeps the URL in step (history.pushState; the back button restores through popstate),
// switches the language, and moves the focus where the reader's action leads.

import * as api from './api.js';
import { h, replace } from './dom.js';
import { LANGUAGES, storeLanguage, storedLanguage, translator } from './i18n.js';
import { apiSearchParams, emptyState, parseState, stateToQuery, withChanges } from './state.js';
import { renderResults } from './search_view.js';
import { renderFacets } from './facets_view.js';
import { loadTimeline, renderTimeline } from './timeline.js';
import { renderDocument } from './document_view.js';

const $ = (id) => document.getElementById(id);

const nodes = {
  form: $('search-form'),
  q: $('q'),
  searchView: $('search-view'),
  docView: $('doc-view'),
  filters: $('filters'),
  facets: $('facets'),
  filtersToggle: $('filters-toggle'),
  results: $('results'),
  resultsHeading: $('results-heading'),
  count: $('result-count'),
  took: $('result-took'),
  toolbar: $('toolbar'),
  chips: $('active-filters'),
  suggestion: $('suggestion'),
  timeline: $('timeline'),
  hits: $('hits'),
  empty: $('empty'),
  pagination: $('pagination'),
  message: $('message'),
  home: $('home'),
  skip: $('skip-link'),
};

function localStore() {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

// A small cache of API answers, so that the back button shows the previous search at once.
class Cache {
  constructor(limit) {
    this.limit = limit;
    this.map = new Map();
  }

  get(key, load) {
    if (this.map.has(key)) {
      const value = this.map.get(key);
      this.map.delete(key);
      this.map.set(key, value);
      return value;
    }
    const value = load().catch((e) => {
      this.map.delete(key);
      throw e;
    });
    this.map.set(key, value);
    while (this.map.size > this.limit) this.map.delete(this.map.keys().next().value);
    return value;
  }
}

const cache = new Cache(60);
const cachedSearch = (params) => cache.get(`search?${params}`, () => api.search(params));
const cachedDocument = (id) => cache.get(`doc:${id}`, () => api.getDocument(id));
const cachedSimilar = (id) => cache.get(`similar:${id}`, () => api.similar(id, 5).catch(() => ({ hits: [] })));

const app = {
  lang: storedLanguage(localStore()),
  t: null,
  ui: { expanded: new Set(), lastDoc: '' },
  navigate,
  rerenderFacets,
};
app.t = translator(app.lang);

let rendered = { key: null, view: null };
let sequence = 0;
let lastSearch = null;

// ---- language -------------------------------------------------------------------------------

function applyLanguage() {
  document.documentElement.lang = app.lang;
  for (const node of document.querySelectorAll('[data-i18n]')) node.textContent = app.t(node.dataset.i18n);
  for (const node of document.querySelectorAll('[data-i18n-placeholder]')) {
    node.placeholder = app.t(node.dataset.i18nPlaceholder);
  }
  for (const node of document.querySelectorAll('[data-i18n-aria-label]')) {
    node.setAttribute('aria-label', app.t(node.dataset.i18nAriaLabel));
  }
  for (const button of document.querySelectorAll('[data-lang]')) {
    button.setAttribute('aria-pressed', String(button.dataset.lang === app.lang));
  }
}

function setLanguage(lang) {
  if (!LANGUAGES.includes(lang) || lang === app.lang) return;
  app.lang = lang;
  app.t = translator(lang);
  storeLanguage(localStore(), lang);
  applyLanguage();
  render({ force: true, focus: 'keep' });
}

// ---- focus ----------------------------------------------------------------------------------

function focusElement(element) {
  if (!element) return;
  if (!element.matches('a[href], button, input, select, textarea, [tabindex]')) {
    element.setAttribute('tabindex', '-1');
  }
  element.focus();
}

function applyHash() {
  const id = decodeURIComponent(location.hash.slice(1));
  if (!id) return false;
  const target = document.getElementById(id);
  if (!target || !nodes.docView.contains(target)) return false;
  for (const old of nodes.docView.querySelectorAll('.is-target')) old.classList.remove('is-target');
  target.classList.add('is-target');
  target.scrollIntoView({ block: 'start' });
  target.focus({ preventScroll: true });
  return true;
}

function applyFocus(focus, activeId) {
  if (!focus) return;
  if (focus === 'keep') {
    if (activeId && document.activeElement?.id !== activeId) focusElement($(activeId));
  } else if (focus === 'results') {
    focusElement(nodes.resultsHeading);
  } else if (focus === 'return') {
    // Back from a document: its link among the hits, if it is there.
    const link = [...nodes.hits.querySelectorAll('.hit-title a')]
      .find((a) => new URL(a.href).searchParams.get('doc') === app.ui.lastDoc);
    focusElement(link ?? nodes.resultsHeading);
  } else if (focus === 'doc') {
    if (!applyHash()) focusElement($('doc-title'));
  } else if (focus === 'hash') {
    if (!applyHash()) focusElement($('doc-title'));
  } else if (focus.startsWith('#')) {
    const element = document.querySelector(focus);
    if (element) focusElement(element); else focusElement(nodes.resultsHeading);
  }
}

// ---- navigation -----------------------------------------------------------------------------

function navigate(state, { hash = '', focus = null, replace: replaceEntry = false } = {}) {
  const url = `${stateToQuery(state)}${hash}`;
  if (replaceEntry) history.replaceState(null, '', url); else history.pushState(null, '', url);
  render({ focus });
}

function showMessage(text) {
  replace(nodes.message, text ? h('p', { class: 'error', text }) : null);
}

function errorText(e) {
  if (e.status === 0) return app.t('error.network');
  return app.t('error.generic', { detail: e.detail || e.error || e.message });
}

// body[data-rendered] holds the query string the page shows once it is drawn (the end-to-end
// tests wait for it); it is removed while a view loads.
async function render({ focus = null, force = false } = {}) {
  const key = location.search;
  if (!force && rendered.key === key) {
    // Only the hash changed (a Pasal link): no new request.
    if (rendered.view === 'doc') applyHash();
    return;
  }
  const activeId = document.activeElement?.id;
  const state = parseState(location.search);
  delete document.body.dataset.rendered;
  if (state.doc) await showDocument(state, focus, activeId, key);
  else await showSearch(state, focus, activeId, key);
  if (rendered.key === key && location.search === key) document.body.dataset.rendered = key;
}

function setView(view) {
  nodes.searchView.hidden = view !== 'search';
  nodes.docView.hidden = view !== 'doc';
}

async function showSearch(state, focus, activeId, key) {
  const mine = ++sequence;
  setView('search');
  if (document.activeElement !== nodes.q || nodes.q.value.trim() !== state.q.trim()) nodes.q.value = state.q;
  document.title = state.q ? `${state.q} — ${app.t('app.title')}` : app.t('app.title');
  nodes.results.setAttribute('aria-busy', 'true');
  nodes.count.textContent = app.t('results.loading');
  delete nodes.count.dataset.total;
  showMessage('');
  try {
    const result = await cachedSearch(apiSearchParams(state, { facet_limit: 100 }));
    if (mine !== sequence) return;
    lastSearch = { state, result };
    rendered = { key, view: 'search' };
    renderResults(app, state, result, nodes);
    nodes.count.dataset.total = String(result.total);
    renderFacets(app, state, result.facets, nodes.facets);
    applyFocus(focus, activeId);
    nodes.timeline.setAttribute('aria-busy', 'true');
    delete nodes.timeline.dataset.ready;
    loadTimeline((params) => cachedSearch(params), state, result)
      .then((data) => {
        if (mine === sequence) renderTimeline(app, state, data, nodes.timeline);
      })
      .catch((e) => {
        if (mine === sequence) replace(nodes.timeline, h('p', { class: 'error', text: errorText(e) }));
      })
      .finally(() => {
        if (mine !== sequence) return;
        nodes.timeline.removeAttribute('aria-busy');
        nodes.timeline.dataset.ready = key;
      });
  } catch (e) {
    if (mine !== sequence) return;
    rendered = { key, view: 'search' };
    nodes.count.textContent = '';
    for (const n of [nodes.hits, nodes.pagination, nodes.suggestion, nodes.timeline, nodes.empty]) replace(n);
    showMessage(errorText(e));
  } finally {
    if (mine === sequence) nodes.results.removeAttribute('aria-busy');
  }
}

function rerenderFacets(focusSelector) {
  if (!lastSearch) return;
  renderFacets(app, lastSearch.state, lastSearch.result.facets, nodes.facets);
  applyFocus(focusSelector);
}

async function showDocument(state, focus, activeId, key) {
  const mine = ++sequence;
  setView('doc');
  showMessage('');
  replace(nodes.docView, h('p', { class: 'muted', role: 'status', text: app.t('doc.loading') }));
  try {
    const [doc, similar] = await Promise.all([cachedDocument(state.doc), cachedSimilar(state.doc)]);
    if (mine !== sequence) return;
    rendered = { key, view: 'doc' };
    renderDocument(app, state, doc, similar, nodes.docView);
    app.ui.lastDoc = state.doc;
    document.title = `${doc.title || doc.id} — ${app.t('app.title')}`;
    if (focus === 'keep') applyFocus('keep', activeId);
    else if (location.hash) applyHash();
    else if (focus) applyFocus('doc');
  } catch (e) {
    if (mine !== sequence) return;
    rendered = { key, view: 'doc' };
    replace(nodes.docView,
      h('p', { class: 'back' }, h('a', { href: stateToQuery({ ...state, doc: '' }), text: `← ${app.t('doc.back')}` })),
      h('p', { class: 'error', role: 'alert', text: e.status === 404 ? app.t('doc.not_found') : errorText(e) }));
  }
}

// ---- wiring ---------------------------------------------------------------------------------

function currentState() {
  return parseState(location.search);
}

nodes.form.addEventListener('submit', (event) => {
  event.preventDefault();
  navigate(withChanges(currentState(), { q: nodes.q.value.trim() }), { focus: 'keep' });
});

nodes.home.addEventListener('click', (event) => {
  if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  navigate(emptyState(), { focus: 'keep' });
});

nodes.skip.addEventListener('click', (event) => {
  event.preventDefault();
  focusElement(nodes.docView.hidden ? nodes.resultsHeading : ($('doc-title') ?? nodes.docView));
});

for (const button of document.querySelectorAll('[data-lang]')) {
  button.addEventListener('click', () => setLanguage(button.dataset.lang));
}

nodes.filtersToggle.addEventListener('click', () => {
  const open = nodes.filtersToggle.getAttribute('aria-expanded') !== 'true';
  nodes.filtersToggle.setAttribute('aria-expanded', String(open));
  nodes.filters.classList.toggle('open', open);
});

window.addEventListener('popstate', () => {
  const state = currentState();
  render({ focus: state.doc ? 'doc' : 'return' });
});
window.addEventListener('hashchange', () => render({ focus: 'hash' }));

applyLanguage();
document.body.classList.add('js');
render();
