// Dates, rupiah and counts for display, in the page's language. Pure functions.

const LOCALES = { id: 'id-ID', en: 'en-GB' };

function locale(lang) {
  return LOCALES[lang] || LOCALES.id;
}

// "2025-05-08" -> "8 Mei 2025" / "8 May 2025"; "2025-05" -> "Mei 2025"; anything else as given.
export function formatDate(iso, lang) {
  if (!iso) return '';
  let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (m) {
    const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
    return new Intl.DateTimeFormat(locale(lang), {
      day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC',
    }).format(d);
  }
  m = /^(\d{4})-(\d{2})$/.exec(iso);
  if (m) {
    const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, 1));
    return new Intl.DateTimeFormat(locale(lang), { month: 'long', year: 'numeric', timeZone: 'UTC' })
      .format(d);
  }
  return iso;
}

// Short month name for a timeline axis: "2025-05" -> "Mei" / "May".
export function shortMonth(period, lang) {
  const m = /^(\d{4})-(\d{2})$/.exec(period);
  if (!m) return period;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, 1));
  return new Intl.DateTimeFormat(locale(lang), { month: 'short', timeZone: 'UTC' }).format(d);
}

export function formatCount(n, lang) {
  return new Intl.NumberFormat(locale(lang)).format(n);
}

// Rupiah in full: 666000000000 -> "Rp666.000.000.000" (Indonesian grouping in both languages,
// as the documents write it).
export function formatRupiah(value) {
  const n = Math.round(Number(value));
  if (!Number.isFinite(n)) return '';
  return `Rp${new Intl.NumberFormat('id-ID', { maximumFractionDigits: 0 }).format(n)}`;
}

const SCALES = {
  id: [[1e12, 'triliun'], [1e9, 'miliar'], [1e6, 'juta']],
  en: [[1e12, 'trillion'], [1e9, 'billion'], [1e6, 'million']],
};

// Rupiah in words for large amounts: 666000000000 -> "Rp666 miliar" / "Rp666 billion";
// 1500000000 -> "Rp1,5 miliar" / "Rp1.5 billion"; below a million in full.
export function formatRupiahShort(value, lang) {
  const n = Number(value);
  if (!Number.isFinite(n)) return '';
  for (const [scale, word] of SCALES[lang] || SCALES.id) {
    if (Math.abs(n) >= scale) {
      const amount = new Intl.NumberFormat(locale(lang), { maximumFractionDigits: 2 }).format(n / scale);
      return `Rp${amount} ${word}`;
    }
  }
  return formatRupiah(n);
}

// What a reader may type in a rupiah box: digits with dots, spaces or commas as grouping
// ("1.500.000.000") -> "1500000000"; "" stays ""; anything else -> null.
export function parseRupiahInput(text) {
  const t = String(text).trim().replace(/^rp\.?\s*/i, '');
  if (t === '') return '';
  if (!/^\d[\d.\s,]*$/.test(t)) return null;
  // A trailing ",00" (cents) is dropped.
  const whole = t.replace(/,\d{1,2}$/, '');
  const digits = whole.replace(/[.\s,]/g, '');
  return /^\d+$/.test(digits) ? digits.replace(/^0+(?=\d)/, '') : null;
}
