// Entity highlighting, pure: the document's text as lines with their roles, the entity mentions
// as a flat list, and the nesting of mentions within one line.
//
// Offsets: the API gives entity mentions as [start, end) in Unicode code points of the
// document's text (model::document_text). JavaScript strings index UTF-16 code units, which
// differ from code points after any character outside the Basic Multilingual Plane (emoji, some
// CJK), so every slice here is taken from the array of code points (Array.from(text)), never
// from the string.

export const ENTITY_KINDS = ['officials', 'institutions', 'places', 'amounts', 'percentages', 'dates'];

// The facet a kind of entity filters on, if any.
export const KIND_FACET = { officials: 'official', institutions: 'institution', places: 'place' };

export function codePoints(text) {
  return Array.from(text ?? '');
}

// The lines of model::document_text in order, each with its role: title, summary, paragraph,
// preamble, pasal (the "Pasal N heading" line, with `clause`), ayat (with `clause`), closing.
// Empty strings are skipped there, and so here.
export function documentLines(doc) {
  const lines = [];
  const add = (text, role, extra = {}) => {
    if (text) lines.push({ text, role, ...extra });
  };
  add(doc.title, 'title');
  add(doc.summary, 'summary');
  for (const p of doc.paragraphs ?? []) add(p, 'paragraph');
  for (const p of doc.preamble ?? []) add(p, 'preamble');
  for (const clause of doc.clauses ?? []) {
    const heading = `Pasal ${clause.number}${clause.heading ? ` ${clause.heading}` : ''}`;
    add(heading, 'pasal', { clause });
    for (const a of clause.ayat ?? []) {
      add(a.number ? `(${a.number}) ${a.text}` : a.text, 'ayat', { clause, ayat: a });
    }
  }
  for (const p of doc.closing ?? []) add(p, 'closing');
  return lines;
}

// The text the offsets point into, cut into lines with code-point ranges. Uses the API's
// `text` when given; the roles come from the document's fields when they rebuild exactly that
// text, otherwise every line is a plain paragraph (the highlighting stays right either way).
export function layoutText(doc) {
  const structured = documentLines(doc);
  const rebuilt = structured.map((l) => `${l.text}\n`).join('');
  const text = typeof doc.text === 'string' ? doc.text : rebuilt;
  const cps = codePoints(text);
  const source = text === rebuilt
    ? structured
    : text.split('\n').filter((t, i, all) => i < all.length - 1 || t !== '')
      .map((t) => ({ text: t, role: 'paragraph' }));
  const lines = [];
  let pos = 0;
  for (const line of source) {
    const length = codePoints(line.text).length;
    lines.push({ ...line, start: pos, end: pos + length });
    pos += length + 1;  // the "\n"
  }
  return { text, cps, lines, structured: text === rebuilt };
}

// Every mention of every entity as {start, end, kind, index}; bad ranges are dropped.
export function entityMentions(entities, length = Infinity) {
  const out = [];
  for (const kind of ENTITY_KINDS) {
    (entities?.[kind] ?? []).forEach((entity, index) => {
      for (const m of entity.mentions ?? []) {
        const [start, end] = m;
        if (Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end > start &&
            end <= length) {
          out.push({ start, end, kind, index });
        }
      }
    });
  }
  return out;
}

function byStartThenLongest(a, b) {
  return a.start - b.start || b.end - a.end ||
      ENTITY_KINDS.indexOf(a.kind) - ENTITY_KINDS.indexOf(b.kind) || a.index - b.index;
}

// The mentions that fall in [from, to) as a tree of nodes {text: [start, end]} and
// {mention, children}. A mention inside another becomes its child; one that starts inside
// another and runs past its end is cut at that end, so the marks always nest.
export function mentionTree(mentions, from, to) {
  const inside = mentions
    .filter((m) => m.end > from && m.start < to)
    .map((m) => ({ ...m, start: Math.max(m.start, from), end: Math.min(m.end, to) }))
    .sort(byStartThenLongest);
  return build(inside, from, to);
}

function build(sorted, from, to) {
  const nodes = [];
  let pos = from;
  let i = 0;
  while (i < sorted.length) {
    const m = sorted[i];
    const children = [];
    let j = i + 1;
    while (j < sorted.length && sorted[j].start < m.end) {
      children.push({ ...sorted[j], end: Math.min(sorted[j].end, m.end) });
      j += 1;
    }
    if (m.start > pos) nodes.push({ text: [pos, m.start] });
    nodes.push({ mention: m, children: build(children.sort(byStartThenLongest), m.start, m.end) });
    pos = m.end;
    i = j;
  }
  if (pos < to) nodes.push({ text: [pos, to] });
  return nodes;
}

// The characters of code points [start, end).
export function slice(cps, start, end) {
  return cps.slice(start, end).join('');
}

// The display name of an entity of a kind.
export function entityName(kind, entity) {
  switch (kind) {
    case 'officials':
    case 'institutions':
    case 'places':
      return entity.name ?? '';
    default:
      return entity.text ?? '';
  }
}

// The element id (and URL fragment) of a Pasal: "5" -> "pasal-5", "5 A" -> "pasal-5-A".
export function pasalId(number) {
  return `pasal-${String(number).trim().replace(/\s+/g, '-')}`;
}
