// The document view: metadata, for agreements the parties, signatories, validity, references and
// the list of Pasal (each with a #pasal-N permalink), the text with its entities highlighted
// (one colour per kind, a legend that switches each kind), the list of entities, and similar
// documents.

import { h, replace } from './dom.js';
import { formatDate, formatRupiah, formatRupiahShort } from './format.js';
import {
  ENTITY_KINDS, KIND_FACET, entityMentions, entityName, layoutText, mentionTree, pasalId, slice,
} from './highlight.js';
import { addFilter } from './state.js';
import { facetDisplay, hitTarget, pageLink } from './search_view.js';
import { hasKey } from './i18n.js';

// Marks for a tree from mentionTree; `entities` names each mark in its title.
function renderNodes(app, cps, nodes, entities) {
  return nodes.map((node) => {
    if (node.text) return slice(cps, node.text[0], node.text[1]);
    const { kind, index } = node.mention;
    const entity = entities[kind]?.[index] ?? {};
    return h('mark', {
      class: `ent ent-${kind}`,
      dataset: { kind, index: String(index) },
      title: `${app.t(`kind.${kind}`)}: ${entityName(kind, entity)}`,
    }, renderNodes(app, cps, node.children, entities));
  });
}

function highlighted(app, layout, mentions, entities, line) {
  return renderNodes(app, layout.cps, mentionTree(mentions, line.start, line.end), entities);
}

function dlRow(label, ...value) {
  const content = value.flat().filter((v) => v !== null && v !== undefined && v !== '');
  if (content.length === 0) return null;
  return [h('dt', { text: label }), h('dd', {}, content)];
}

function metadata(app, doc) {
  const t = app.t;
  const typeName = facetDisplay(app, 'type', { key: doc.type, value: doc.type });
  return h('section', { class: 'doc-meta', 'aria-labelledby': 'doc-meta-h' },
    h('h2', { id: 'doc-meta-h', text: t('doc.meta') }),
    h('dl', {},
      dlRow(t('doc.type'), typeName),
      dlRow(t('doc.date'), doc.date ? h('time', { datetime: doc.date, text: formatDate(doc.date, app.lang) }) : null),
      dlRow(t('doc.published'), doc.published && doc.published.slice(0, 10) !== doc.date ? doc.published : null),
      dlRow(t('doc.source'), doc.source),
      dlRow(t('doc.url'), doc.url ? h('a', { href: doc.url, rel: 'noopener noreferrer', text: doc.url }) : null),
      dlRow(t('doc.place'), doc.place),
      dlRow(t('doc.authors'), (doc.authors ?? []).join(', ')),
      dlRow(t('doc.tags'), (doc.tags ?? []).join(', ')),
      dlRow(t('doc.numbers'), (doc.numbers ?? []).length
        ? h('ul', { class: 'plain' }, doc.numbers.map((n) => h('li', {}, n.party ? `${n.party}: ` : '', h('span', { class: 'mono', text: n.number }))))
        : null),
      dlRow(t('doc.id'), h('span', { class: 'mono', text: doc.id }))));
}

function agreement(app, state, doc) {
  const t = app.t;
  const parts = [];
  if ((doc.parties ?? []).length) {
    parts.push(h('section', { class: 'doc-parties', 'aria-labelledby': 'doc-parties-h' },
      h('h2', { id: 'doc-parties-h', text: t('doc.parties') }),
      h('ul', {}, doc.parties.map((p) => h('li', {},
        p.role ? h('strong', { text: `${p.role}: ` }) : null,
        p.institution,
        p.represented_by ? `, ${t('doc.represented_by', { name: p.represented_by })}` : '',
        p.position ? ` (${p.position})` : '')))));
  }
  if ((doc.signatories ?? []).length) {
    parts.push(h('section', { class: 'doc-signatories', 'aria-labelledby': 'doc-signatories-h' },
      h('h2', { id: 'doc-signatories-h', text: t('doc.signatories') }),
      h('ul', {}, doc.signatories.map((s) => h('li', {},
        h('strong', { text: s.name }),
        [s.position, s.institution].filter(Boolean).length ? ` — ${[s.position, s.institution].filter(Boolean).join(', ')}` : '',
        s.party_role ? ` (${s.party_role})` : '')))));
  }
  const v = doc.validity;
  if (v && (v.text || v.start || v.end || v.months)) {
    const range = v.start || v.end
      ? t('doc.validity.range', { start: formatDate(v.start, app.lang) || '…', end: formatDate(v.end, app.lang) || '…' })
      : '';
    parts.push(h('section', { class: 'doc-validity', 'aria-labelledby': 'doc-validity-h' },
      h('h2', { id: 'doc-validity-h', text: t('doc.validity') }),
      h('p', { id: 'doc-validity' },
        [v.text, range, v.months ? `(${t('doc.validity.months', { n: v.months })})` : '']
          .filter(Boolean).join(' · '))));
  }
  if ((doc.references ?? []).length) {
    parts.push(h('section', { class: 'doc-references', 'aria-labelledby': 'doc-references-h' },
      h('h2', { id: 'doc-references-h', text: t('doc.references') }),
      h('ul', {}, doc.references.map((r) => h('li', {},
        hasKey(app.lang, `doc.ref.${r.relation}`) ? `${t(`doc.ref.${r.relation}`)}: ` : (r.relation ? `${r.relation}: ` : ''),
        r.id ? pageLink(app, { ...state, doc: r.id }, { focus: 'doc' }, r.title || r.id) : r.title)))));
  }
  return parts;
}

function pasalList(app, doc) {
  if (!(doc.clauses ?? []).length) return null;
  return h('nav', { class: 'pasal-list', 'aria-labelledby': 'pasal-list-h' },
    h('h2', { id: 'pasal-list-h', text: app.t('doc.clauses') }),
    h('ol', {}, doc.clauses.map((c) => h('li', {},
      h('a', { href: `#${pasalId(c.number)}` }, `Pasal ${c.number}`, c.heading ? ` · ${c.heading}` : '')))));
}

// The body: every line of the text after the title and summary, with Pasal sections.
function body(app, state, doc, layout, mentions) {
  const t = app.t;
  const out = [];
  let section = null;
  let chapter = '';
  for (const line of layout.lines) {
    if (line.role === 'title' || line.role === 'summary') continue;
    const content = highlighted(app, layout, mentions, doc.entities ?? {}, line);
    if (line.role === 'pasal') {
      const number = line.clause.number;
      const id = pasalId(number);
      if (line.clause.chapter && line.clause.chapter !== chapter) {
        chapter = line.clause.chapter;
        out.push(h('h3', { class: 'chapter', text: chapter }));
      }
      section = h('section', { class: 'pasal', id, tabindex: '-1', 'aria-labelledby': `${id}-h` },
        h('h4', { id: `${id}-h`, class: 'pasal-heading' }, content, ' ',
          h('a', {
            class: 'permalink',
            href: `#${id}`,
            'aria-label': t('doc.permalink', { n: number }),
            title: t('doc.permalink', { n: number }),
            text: '#',
          })));
      out.push(section);
      continue;
    }
    if (line.role === 'ayat' && section) {
      section.append(h('p', { class: 'ayat' }, content));
      continue;
    }
    section = null;
    out.push(h('p', { class: line.role }, content));
  }
  return h('section', { class: 'doc-text', 'aria-labelledby': 'doc-text-h' },
    h('h2', { id: 'doc-text-h', text: t('doc.text') }), out);
}

function entityDetail(app, kind, e) {
  const label = (group, value) => (value && hasKey(app.lang, `${group}.${value}`) ? app.t(`${group}.${value}`) : value);
  switch (kind) {
    case 'officials': return [e.position, e.institution].filter(Boolean).join(', ');
    case 'institutions': return [label('institution', e.kind), ...(e.aliases ?? []).filter((a) => a !== e.name)]
      .filter(Boolean).join(' · ');
    case 'places': return [label('place', e.kind), e.province && e.province !== e.name ? e.province : '']
      .filter(Boolean).join(', ');
    case 'amounts': return e.currency === 'IDR' || !e.currency
      ? `${formatRupiah(e.value)}${e.value >= 1e6 ? ` (${formatRupiahShort(e.value, app.lang)})` : ''}`
      : `${e.currency} ${e.value}`;
    case 'percentages': return `${e.value}%`;
    case 'dates': return e.iso ? formatDate(e.iso, app.lang) : '';
    default: return '';
  }
}

function goToMention(root, kind, index) {
  const mark = root.querySelector(`mark[data-kind="${kind}"][data-index="${index}"]`);
  if (!mark) return;
  mark.setAttribute('tabindex', '-1');
  mark.scrollIntoView({ block: 'center' });
  mark.focus({ preventScroll: true });
  mark.classList.remove('flash');
  void mark.offsetWidth;  // restart the animation
  mark.classList.add('flash');
}

function legend(app, root, entities) {
  const t = app.t;
  const kinds = ENTITY_KINDS.filter((k) => (entities[k] ?? []).length);
  if (!kinds.length) return null;
  return h('section', { class: 'legend', 'aria-labelledby': 'legend-h' },
    h('h2', { id: 'legend-h', text: t('doc.legend') }),
    h('ul', { class: 'plain legend-list' }, kinds.map((kind) => h('li', {},
      h('button', {
        type: 'button',
        class: `legend-toggle ent-${kind}`,
        'aria-pressed': 'true',
        title: t('doc.legend.toggle', { kind: t(`kind.${kind}`) }),
        onclick: (event) => {
          const on = event.currentTarget.getAttribute('aria-pressed') !== 'true';
          event.currentTarget.setAttribute('aria-pressed', String(on));
          root.classList.toggle(`hide-${kind}`, !on);
        },
      }, h('span', { class: 'swatch', 'aria-hidden': 'true' }), t(`kind.${kind}`),
      h('span', { class: 'count', text: String(entities[kind].length) }))))));
}

function entityList(app, state, root, entities) {
  const t = app.t;
  const kinds = ENTITY_KINDS.filter((k) => (entities[k] ?? []).length);
  if (!kinds.length) return null;
  return h('section', { class: 'entities', 'aria-labelledby': 'entities-h' },
    h('h2', { id: 'entities-h', text: t('doc.entities') }),
    kinds.map((kind) => [
      h('h3', { class: `entity-kind ent-${kind}` }, h('span', { class: 'swatch', 'aria-hidden': 'true' }), t(`kind.${kind}`)),
      h('ul', { class: 'plain entity-list', dataset: { kind } }, entities[kind].map((e, index) => {
        const name = entityName(kind, e);
        const facet = KIND_FACET[kind];
        const detail = entityDetail(app, kind, e);
        return h('li', { class: 'entity' },
          h('span', { class: 'entity-line' },
            h('button', {
              type: 'button',
              class: 'link-button entity-name',
              'aria-label': t('doc.entity.goto', { name }),
              onclick: () => goToMention(root, kind, index),
              text: name,
            }),
            facet ? pageLink(app, addFilter({ ...state, doc: '' }, facet, name), {
              class: 'entity-search',
              focus: 'results',
              'aria-label': t('doc.entity.search', { name }),
              title: t('doc.entity.search', { name }),
            }, t('doc.entity.search.short')) : null),
          detail ? h('span', { class: 'entity-detail', text: detail }) : null,
          h('span', { class: 'entity-mentions', text: t('doc.entity.mentions', { n: (e.mentions ?? []).length }) }));
      })),
    ]));
}

function similarList(app, state, similar) {
  const t = app.t;
  const hits = similar?.hits ?? [];
  return h('section', { class: 'similar', 'aria-labelledby': 'similar-h' },
    h('h2', { id: 'similar-h', text: t('doc.similar') }),
    hits.length
      ? h('ol', { class: 'plain similar-list' }, hits.map((hit) => {
        const target = hitTarget({ ...state, mode: 'documents' }, { ...hit, clause_number: undefined });
        return h('li', {},
          pageLink(app, { ...target.state, mode: state.mode }, { focus: 'doc' }, hit.title || hit.id),
          h('span', { class: 'hit-meta' },
            h('span', { class: `badge type-${hit.type}`, text: facetDisplay(app, 'type', { key: hit.type, value: hit.type }) }),
            hit.date ? h('time', { datetime: hit.date, text: formatDate(hit.date, app.lang) }) : null));
      }))
      : h('p', { class: 'muted', text: t('doc.similar.none') }));
}

// Fills `node` with the document `doc` (GET /api/documents/{id}) and its `similar` documents.
export function renderDocument(app, state, doc, similar, node) {
  const t = app.t;
  const layout = layoutText(doc);
  const entities = doc.entities ?? {};
  const mentions = entityMentions(entities, layout.cps.length);
  const titleLine = layout.lines.find((l) => l.role === 'title');
  const summaryLine = layout.lines.find((l) => l.role === 'summary');
  const typeName = facetDisplay(app, 'type', { key: doc.type, value: doc.type });
  const article = h('div', { class: 'doc' });
  const main = h('div', { class: 'doc-main' },
    metadata(app, doc),
    agreement(app, state, doc),
    body(app, state, doc, layout, mentions));
  const side = h('aside', { class: 'doc-side', 'aria-label': t('doc.entities') },
    pasalList(app, doc),
    legend(app, article, entities),
    entityList(app, state, article, entities),
    similarList(app, state, similar));
  replace(article,
    h('p', { class: 'back' }, pageLink(app, { ...state, doc: '' }, { focus: 'results', id: 'back-link' }, `← ${t('doc.back')}`)),
    h('header', { class: 'doc-header' },
      h('p', { class: 'hit-meta' },
        h('span', { class: `badge type-${doc.type}`, text: typeName }),
        doc.date ? h('time', { datetime: doc.date, text: formatDate(doc.date, app.lang) }) : null,
        doc.source ? h('span', { class: 'source', text: doc.source }) : null),
      h('h1', { id: 'doc-title', tabindex: '-1' },
        titleLine ? highlighted(app, layout, mentions, entities, titleLine) : doc.title || doc.id),
      summaryLine ? h('p', { class: 'summary' }, highlighted(app, layout, mentions, entities, summaryLine)) : null),
    h('div', { class: 'doc-layout' }, main, side));
  replace(node, article);
}
