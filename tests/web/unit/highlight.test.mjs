// Entity highlighting (web/js/highlight.js): code-point offsets, lines, nesting of marks.
import test from 'node:test';
import assert from 'node:assert/strict';
import {
  codePoints, documentLines, entityMentions, layoutText, mentionTree, pasalId, slice,
} from '../../../web/js/highlight.js';

// The marked text of a tree, as "[kind:text]" around each mention, to compare in one string.
function show(cps, nodes) {
  return nodes.map((n) => (n.text ? slice(cps, n.text[0], n.text[1])
    : `[${n.mention.kind}:${show(cps, n.children)}]`)).join('');
}

test('code-point offsets stay right after characters outside the BMP', () => {
  // "😀" is one code point but two UTF-16 units; "’" and "–" are one of each.
  const text = 'Gubernur 😀 Rudy Mas’ud – Rp666 miliar';
  const cps = codePoints(text);
  const start = cps.indexOf('R');
  const mentions = [
    { start, end: start + 'Rudy Mas’ud'.length, kind: 'officials', index: 0 },
    { start: cps.length - 'Rp666 miliar'.length, end: cps.length, kind: 'amounts', index: 0 },
  ];
  assert.equal(start, 11, 'R is the 12th code point (the 13th UTF-16 unit)');
  assert.equal(text.indexOf('R'), 12);
  assert.equal(show(cps, mentionTree(mentions, 0, cps.length)),
    'Gubernur 😀 [officials:Rudy Mas’ud] – [amounts:Rp666 miliar]');
});

test('nested and crossing mentions become nested marks', () => {
  const text = 'Pemerintah Provinsi Kalimantan Timur di Samarinda';
  const cps = codePoints(text);
  const at = (s) => text.indexOf(s);
  const rows = [
    {
      name: 'a place inside an institution',
      mentions: [
        { start: at('Kalimantan'), end: at(' di'), kind: 'places', index: 0 },
        { start: 0, end: at(' di'), kind: 'institutions', index: 0 },
      ],
      expected: '[institutions:Pemerintah Provinsi [places:Kalimantan Timur]] di Samarinda',
    },
    {
      name: 'two entities on the same span',
      mentions: [
        { start: at('Samarinda'), end: text.length, kind: 'places', index: 1 },
        { start: at('Samarinda'), end: text.length, kind: 'institutions', index: 2 },
      ],
      expected: 'Pemerintah Provinsi Kalimantan Timur di [institutions:[places:Samarinda]]',
    },
    {
      name: 'a crossing mention is cut at the end of the outer one',
      mentions: [
        { start: 0, end: at(' Kalimantan'), kind: 'institutions', index: 0 },
        { start: at('Provinsi'), end: at(' di'), kind: 'places', index: 0 },
      ],
      expected: '[institutions:Pemerintah [places:Provinsi]] Kalimantan Timur di Samarinda',
    },
    { name: 'no mentions', mentions: [], expected: text },
  ];
  for (const row of rows) {
    assert.equal(show(cps, mentionTree(row.mentions, 0, cps.length)), row.expected, row.name);
  }
});

test('a line shows only the mentions inside it, cut to the line', () => {
  const text = 'first line\nsecond line';
  const cps = codePoints(text);
  const mentions = [{ start: 6, end: 17, kind: 'dates', index: 0 }];  // "line\nsecond"
  assert.equal(show(cps, mentionTree(mentions, 0, 10)), 'first [dates:line]');
  assert.equal(show(cps, mentionTree(mentions, 11, 22)), '[dates:second] line');
});

test('lines follow model::document_text: title, summary, paragraphs, preamble, Pasal, ayat, closing', () => {
  const doc = {
    title: 'Judul',
    summary: '',
    paragraphs: [],
    preamble: ['Pada hari ini'],
    clauses: [
      { number: '1', heading: 'Maksud', ayat: [{ number: '1', text: 'Satu.' }, { number: '', text: 'Tanpa nomor.' }] },
      { number: '2', heading: '', ayat: [] },
    ],
    closing: ['Demikian.'],
  };
  const lines = documentLines(doc);
  assert.deepEqual(lines.map((l) => `${l.role}|${l.text}`), [
    'title|Judul', 'preamble|Pada hari ini', 'pasal|Pasal 1 Maksud', 'ayat|(1) Satu.',
    'ayat|Tanpa nomor.', 'pasal|Pasal 2', 'closing|Demikian.',
  ]);
  const layout = layoutText({ ...doc, text: `${lines.map((l) => l.text).join('\n')}\n` });
  assert.ok(layout.structured);
  assert.equal(layout.lines[2].start, 'Judul\nPada hari ini\n'.length);
  for (const line of layout.lines) {
    assert.equal(slice(layout.cps, line.start, line.end), line.text, line.text);
  }
});

test('a text that the fields do not rebuild is still laid out line by line', () => {
  const layout = layoutText({ title: 'A', text: 'A 😀\nB\n' });
  assert.equal(layout.structured, false);
  assert.deepEqual(layout.lines.map((l) => [l.text, l.start, l.end]), [['A 😀', 0, 3], ['B', 4, 5]]);
});

test('entity mentions: every kind, bad ranges dropped', () => {
  const entities = {
    officials: [{ name: 'A', mentions: [[0, 1], [5, 3], [2, 99]] }],
    amounts: [{ text: 'Rp1', value: 1, mentions: [[3, 6]] }],
  };
  assert.deepEqual(entityMentions(entities, 10).map((m) => `${m.kind}:${m.start}-${m.end}`),
    ['officials:0-1', 'amounts:3-6']);
});

test('Pasal ids', () => {
  assert.equal(pasalId('5'), 'pasal-5');
  assert.equal(pasalId('5A'), 'pasal-5A');
  assert.equal(pasalId(' 5 A '), 'pasal-5-A');
});
