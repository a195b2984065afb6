// Display formats (web/js/format.js) and the two languages' words (web/js/i18n.js).
import test from 'node:test';
import assert from 'node:assert/strict';
import {
  formatDate, formatRupiah, formatRupiahShort, parseRupiahInput,
} from '../../../web/js/format.js';
import { keys, storedLanguage, translator } from '../../../web/js/i18n.js';

test('dates in Indonesian and English', () => {
  assert.equal(formatDate('2025-05-08', 'id'), '8 Mei 2025');
  assert.equal(formatDate('2025-05-08', 'en'), '8 May 2025');
  assert.equal(formatDate('2025-08', 'id'), 'Agustus 2025');
  assert.equal(formatDate('', 'id'), '');
  assert.equal(formatDate('kemarin', 'id'), 'kemarin');
});

test('rupiah in full and in words', () => {
  const rows = [
    [666000000000, 'id', 'Rp666 miliar'],
    [666000000000, 'en', 'Rp666 billion'],
    [1500000000, 'id', 'Rp1,5 miliar'],
    [1500000000, 'en', 'Rp1.5 billion'],
    [2e12, 'id', 'Rp2 triliun'],
    [250000000, 'id', 'Rp250 juta'],
    [500000, 'id', 'Rp500.000'],
  ];
  for (const [value, lang, expected] of rows) assert.equal(formatRupiahShort(value, lang), expected, `${value} ${lang}`);
  assert.equal(formatRupiah(1500000000), 'Rp1.500.000.000');
});

test('what a reader types in a rupiah box', () => {
  const rows = [
    ['', ''],
    ['1000000', '1000000'],
    ['1.500.000.000', '1500000000'],
    ['Rp 1.500.000,00', '1500000'],
    ['rp666 000 000 000', '666000000000'],
    ['007', '7'],
    ['666 miliar', null],
    ['-5', null],
    ['abc', null],
  ];
  for (const [input, expected] of rows) assert.equal(parseRupiahInput(input), expected, JSON.stringify(input));
});

test('both languages have the same words, with the same placeholders', () => {
  assert.deepEqual(keys('en').sort(), keys('id').sort());
  const id = translator('id');
  const en = translator('en');
  for (const key of keys('id')) {
    const names = (s) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort().join(',');
    assert.equal(names(en(key)), names(id(key)), key);
  }
  assert.equal(id('results.count.documents', { n: 3 }), '3 dokumen ditemukan');
  assert.equal(en('results.count.documents', { n: 3 }), '3 documents found');
  assert.equal(translator('fr')('search.submit'), 'Cari', 'an unknown language falls back to Indonesian');
});

test('the stored language: Indonesian unless English was chosen', () => {
  const storage = (value) => ({ getItem: () => value });
  assert.equal(storedLanguage(storage('en')), 'en');
  assert.equal(storedLanguage(storage('xx')), 'id');
  assert.equal(storedLanguage(storage(null)), 'id');
  assert.equal(storedLanguage({ getItem: () => { throw new Error('denied'); } }), 'id');
  assert.equal(storedLanguage(null), 'id');
});
