#!/usr/bin/env python3
"""Benchmark corpus builder: N Indonesian news articles and agreements, deterministic (seeded).

Recombines real text shipped with the project:
  - news paragraphs, summaries and publishers of the 3,463 IndoSum articles
    (data/eval/retrieval/indosum_dev_unique_detok.jsonl.xz),
  - Pasal / ayat text of five Undang-Undang (data/bench/peraturan/*.md.xz) for the clauses of
    agreements,
  - provinces and regencies of the place gazetteer (data/gazetteer/),
with generated metadata spread like an archive's: dates 2000-2026 (more recent years hold more
documents), Zipf-distributed publishers, datelines, institutions and officials (named in a
generated lead sentence of 45% of the news, so entity extraction finds them), rupiah amounts over
six orders of magnitude. Agreements (15%) are Nota Kesepahaman, Kesepakatan Bersama, Perjanjian Kerja
Sama and addenda with 4-16 Pasal.

Writes, for the same documents:
  OUT/xml/NNNN/ID.xml    the project's article / agreement XML (schemas/), for arsip-index
  OUT/html/NNNN/ID.html  title and the same text as HTML, for omindex
  OUT/docs.tsv           id, type, date, source, place, title, body: PostgreSQL COPY text format
  OUT/manifest.txt       counts and sizes

Usage: bench/make_corpus.py --docs 10000 --out var/bench/corpus-10k [--seed 1] [--formats xml,html,tsv]

A script rather than a C++ program linking arsip_core: the corpus must not depend on the code it
measures, and it is text plumbing (xz, JSON, CSV, XML escaping) that Python's standard library
does in a page. The same seed and N always give byte-identical files.
"""
import argparse
import bisect
import csv
import datetime
import json
import lzma
import math
import os
import random
import re
import sys
from xml.sax.saxutils import escape, quoteattr

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

AGREEMENT_SHARE = 0.15
FILES_PER_FOLDER = 1000

FIRST_NAMES = """Agus Ahmad Andi Arif Asep Bambang Budi Dedi Dewi Dian Eko Endang Fadli Fajar Fitri Gede
Hadi Hasan Hendra Heru Ilham Indah Indra Irwan Joko Ketut Lukman Made Maya Muhammad Nia Nur Nyoman
Putri Rahmat Ratna Rina Rizki Rudi Siti Slamet Sri Sutrisno Teguh Tri Ujang Wahyu Wayan Wulan Yanti
Yudi Yusuf Zainal Abdul Anton Bayu Citra Dimas Erna Fauzi Gita Haris Iwan Jamal Kartini Lina Mulyadi
Novi Oktaviani Purnama Rosa Syamsul Taufik Umar Vina Yohanes Yosef Zulkifli""".split()
FAMILY_NAMES = """Santoso Wijaya Saputra Hidayat Setiawan Pratama Kusuma Nugroho Siregar Nasution Harahap
Simanjuntak Sitompul Lubis Purnomo Susanto Gunawan Hartono Rahman Hakim Syahputra Tanjung Pane
Manurung Situmorang Sinaga Tambunan Wibowo Prasetyo Utomo Suryadi Firmansyah Ramadhan Hasibuan Pohan
Daulay Rangkuti Batubara Mahendra Permana Sembiring Ginting Tarigan Surbakti Sihombing Marpaung
Pardede Sulistyo Iskandar Kartika Anggraini Maharani Rahayu Handayani Wulandari Fitriani Halim
Syarifuddin Mansyur Latif Bakri Makmur Sudirman Suparman Mappaseng Pakpahan Rumbiak Wenda Kambu
Tuhuleley Latuconsina Pattinama Lasut Mamahit Sondakh Rorimpandey""".split()
HONORIFICS = ["", "", "", "H. ", "Dr. ", "Ir. ", "Drs. ", "Prof. Dr. ", "Hj. "]
DEGREES = ["", "", "", ", S.H.", ", M.Si.", ", S.E., M.M.", ", M.T.", ", S.Sos.", ", M.A.P."]

UNIVERSITIES = """Mulawarman Airlangga Gadjah_Mada Indonesia Padjadjaran Hasanuddin Diponegoro Brawijaya
Sumatera_Utara Andalas Sriwijaya Lambung_Mangkurat Tanjungpura Sam_Ratulangi Udayana Syiah_Kuala Riau
Jambi Lampung Jember Negeri_Semarang Negeri_Malang Negeri_Surabaya Pendidikan_Indonesia Cenderawasih
Pattimura Halu_Oleo Tadulako Mataram Nusa_Cendana Bengkulu Palangka_Raya Borneo_Tarakan Khairun
Musamus Trunojoyo Sebelas_Maret Jenderal_Soedirman""".split()
COMPANIES = """Pupuk_Indonesia Pertamina Perusahaan_Listrik_Negara Telkom_Indonesia Bank_Rakyat_Indonesia
Bank_Negara_Indonesia Bank_Mandiri Semen_Indonesia Angkasa_Pura Pelabuhan_Indonesia
Kereta_Api_Indonesia Jasa_Marga Wijaya_Karya Adhi_Karya Hutama_Karya Waskita_Karya Pos_Indonesia
Garuda_Indonesia Bukit_Asam Aneka_Tambang Timah Krakatau_Steel Perusahaan_Gas_Negara Bio_Farma
Kimia_Farma Perkebunan_Nusantara Len_Industri Pindad PAL_Indonesia Dirgantara_Indonesia
Pupuk_Kalimantan_Timur Pupuk_Sriwidjaja_Palembang Pupuk_Kujang Petrokimia_Gresik""".split()
MINISTRIES = ["Kementerian Perdagangan", "Kementerian Keuangan", "Kementerian Kesehatan",
              "Kementerian Pekerjaan Umum dan Perumahan Rakyat", "Kementerian Perhubungan",
              "Kementerian Dalam Negeri", "Kementerian Koperasi dan UKM", "Kementerian Pertanian",
              "Kementerian Kelautan dan Perikanan", "Kementerian Badan Usaha Milik Negara",
              "Kementerian Pariwisata dan Ekonomi Kreatif", "Kementerian Energi dan Sumber Daya Mineral",
              "Kementerian Lingkungan Hidup dan Kehutanan", "Kementerian Perindustrian",
              "Kementerian Sosial", "Kementerian Agama", "Kementerian Komunikasi dan Informatika",
              "Kementerian Pendidikan, Kebudayaan, Riset, dan Teknologi"]
PROVINCE_BODIES = ["Dinas Pendidikan", "Dinas Kesehatan", "Dinas Perhubungan", "Dinas Pariwisata",
                   "Dinas Pekerjaan Umum", "Dinas Perindustrian dan Perdagangan",
                   "Dinas Koperasi dan UKM", "Dinas Kelautan dan Perikanan", "Dinas Sosial",
                   "Badan Perencanaan Pembangunan Daerah", "Badan Pendapatan Daerah",
                   "Dinas Lingkungan Hidup", "Dinas Komunikasi dan Informatika"]
TOPICS = ["pendidikan vokasi", "layanan kesehatan", "infrastruktur jalan", "perdagangan antardaerah",
          "pariwisata", "pemberdayaan UMKM", "energi terbarukan", "ketahanan pangan",
          "digitalisasi layanan publik", "pengelolaan sampah", "penyediaan air bersih", "perikanan tangkap",
          "penelitian terapan", "magang mahasiswa", "pengembangan sumber daya manusia",
          "konektivitas transportasi", "penanggulangan bencana", "pengendalian inflasi",
          "hilirisasi industri", "perumahan rakyat", "ekonomi kreatif", "perlindungan anak",
          "rehabilitasi hutan", "pelabuhan dan logistik", "pertanian modern"]
REGIONAL_PUBLISHERS = ["Antara Kaltim", "Tribun Kaltim", "Kaltim Post", "Jawa Pos", "Radar Surabaya",
                       "Pikiran Rakyat", "Kompas", "Tempo", "Bisnis Indonesia", "Republika",
                       "Media Indonesia", "Suara Merdeka", "Bali Post", "Serambi Indonesia",
                       "Sumut Pos", "Riau Pos", "Banjarmasin Post", "Pontianak Post", "Manado Post",
                       "Fajar Makassar", "Cenderawasih Pos", "Lombok Post", "Padang Ekspres",
                       "Lampung Post", "Jambi Independent", "Sriwijaya Post", "Radar Bogor",
                       "Kedaulatan Rakyat", "Solopos", "Harian Jogja"]
WEEKDAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
          "Oktober", "November", "Desember"]
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]
NUMBER_WORDS = ["nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan",
                "sepuluh"]
AGREEMENT_TYPES = [("nota-kesepahaman", "Nota Kesepahaman", 40), ("perjanjian-kerja-sama", "Perjanjian Kerja Sama", 35),
                   ("kesepakatan-bersama", "Kesepakatan Bersama", 15), ("addendum", "Addendum Perjanjian Kerja Sama", 10)]
FIRST_YEAR, LAST_YEAR = 2000, 2026


def title_case(text):
    small = {"dan", "di", "ke", "dari", "untuk", "atau", "yang", "serta"}
    words = text.split()
    return " ".join(w if (i > 0 and w in small) or w.isupper() else w[:1].upper() + w[1:] for i, w in enumerate(words))


class Zipf:
    """Draws items with probability proportional to 1 / rank^s (rank 1 = first item)."""

    def __init__(self, items, s=1.0):
        self.items = items
        total = 0.0
        self.cumulative = []
        for rank in range(1, len(items) + 1):
            total += 1.0 / rank ** s
            self.cumulative.append(total)
        self.total = total

    def draw(self, rng):
        return self.items[bisect.bisect_left(self.cumulative, rng.random() * self.total)]


def read_gazetteer():
    def rows(name):
        with open(os.path.join(REPO, "data", "gazetteer", name), newline="", encoding="utf-8") as f:
            return list(csv.DictReader(f))
    provinces = {}
    for row in rows("provinces.csv"):
        provinces[row["code"]] = title_case(row["name"].lower())
    regencies = []
    for row in rows("regencies.csv"):
        name = title_case(row["name"].lower())
        kind = "Kota" if name.startswith("Kota ") else "Kabupaten"
        bare = name[len(kind) + 1:] if name.startswith(kind + " ") else name
        regencies.append((kind, bare, provinces[row["province_code"]]))
    return list(provinces.values()), regencies


def read_news():
    path = os.path.join(REPO, "data", "eval", "retrieval", "indosum_dev_unique_detok.jsonl.xz")
    paragraphs, summaries, sources = [], [], []
    with lzma.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            article = json.loads(line)
            for p in article["text"].split("\n"):
                p = " ".join(p.split())
                # "Baca juga: ..." links and one-word lines are page furniture, not text.
                if len(p) >= 60 and not p.startswith("Baca juga"):
                    paragraphs.append(p)
            summaries.append(" ".join(article["summary"].split()))
            sources.append(article["source"])
    return paragraphs, summaries, sorted(set(sources))


PASAL = re.compile(r"^Pasal (\d+[A-Z]?)$")
AYAT = re.compile(r"^\((\d+)\)\s*")
HEADINGS = re.compile(r"^(BAB|Bagian|Paragraf)\b")


def read_clauses():
    """Every Pasal of the statutes as a list of ayat texts (OCR marks '^' removed)."""
    clauses = []
    folder = os.path.join(REPO, "data", "bench", "peraturan")
    for name in sorted(n for n in os.listdir(folder) if n.endswith(".md.xz")):
        with lzma.open(os.path.join(folder, name), "rt", encoding="utf-8") as f:
            lines = f.read().split("\n")
        current = None
        for raw in lines:
            line = " ".join(raw.replace("^", " ").split())
            if line.startswith("PENJELASAN"):
                break
            if PASAL.match(line):
                if current:
                    clauses.append(current)
                current = []
                continue
            if current is None:
                continue
            if not line or HEADINGS.match(line) or line.startswith("PRESIDEN"):
                if current:
                    clauses.append(current)
                current = None
                continue
            if AYAT.match(line) or not current:
                current.append(AYAT.sub("", line))
            else:
                current[-1] += " " + line
        if current:
            clauses.append(current)
    good = []
    for ayat in clauses:
        ayat = [a for a in ayat if len(a) >= 30]
        if ayat and 60 <= sum(len(a) for a in ayat) <= 2500:
            good.append(ayat)
    return good


def rupiah(rng):
    """A rupiah amount, log-uniform from Rp10 juta to Rp10 triliun, in one of the ways news write it."""
    value = 10 ** rng.uniform(7, 13)
    style = rng.randrange(4)
    if value >= 1e12:
        unit, scale = "triliun", 1e12
    elif value >= 1e9:
        unit, scale = "miliar", 1e9
    else:
        unit, scale = "juta", 1e6
    short = round(value / scale, 1)
    short_text = (f"{short:.1f}".rstrip("0").rstrip(".")).replace(".", ",")
    if style == 0:
        return f"Rp{short_text} {unit}"
    if style == 1:
        return f"Rp {short_text} {unit}"
    whole = int(round(short * scale))
    dotted = f"{whole:,}".replace(",", ".")
    return f"Rp{dotted},00" if style == 2 else f"Rp{dotted}"


class Universe:
    """The people, bodies, places and publishers documents talk about, with their Zipf weights."""

    def __init__(self, rng, docs, provinces, regencies, news_sources):
        self.provinces = provinces
        places = list(regencies)
        rng.shuffle(places)
        self.places = Zipf(places, 0.9)
        institutions = [f"Pemerintah Provinsi {p}" for p in provinces]
        institutions += [f"Pemerintah {kind} {name}" for kind, name, _ in regencies]
        institutions += [f"{body} Provinsi {p}" for body in PROVINCE_BODIES for p in provinces]
        institutions += ["Universitas " + u.replace("_", " ") for u in UNIVERSITIES]
        institutions += ["PT " + c.replace("_", " ") for c in COMPANIES]
        institutions += [f"PT Bank Pembangunan Daerah {p}" for p in provinces]
        institutions += MINISTRIES
        rng.shuffle(institutions)
        self.institutions = Zipf(institutions, 1.0)
        # About one official per 40 documents (at least 500), each heading one institution for good;
        # an institution named often has had several.
        count = max(500, docs // 40)
        officials, seen = [], set()
        while len(officials) < count:
            name = f"{rng.choice(FIRST_NAMES)} {rng.choice(FAMILY_NAMES)}"
            if rng.random() < 0.3:
                name += " " + rng.choice(FAMILY_NAMES)
            if name in seen:
                continue
            seen.add(name)
            institution = self.institutions.draw(rng)
            officials.append((name, position_of(institution, rng), institution))
        self.officials = Zipf(officials, 1.0)
        publishers = [s.title() if s.islower() else s for s in news_sources] + REGIONAL_PUBLISHERS
        rng.shuffle(publishers)
        self.publishers = Zipf(publishers, 1.1)
        self.topics = Zipf(rng.sample(TOPICS, len(TOPICS)), 0.8)


def position_of(institution, rng):
    """The title of who heads `institution` ("Pemerintah Provinsi Jawa Timur" -> "Gubernur Jawa Timur")."""
    for prefix, heads in (("Pemerintah Provinsi ", ["Gubernur", "Wakil Gubernur", "Sekretaris Daerah Provinsi"]),
                          ("Pemerintah Kabupaten ", ["Bupati", "Wakil Bupati"]),
                          ("Pemerintah Kota ", ["Wali Kota", "Wakil Wali Kota"])):
        if institution.startswith(prefix):
            return f"{rng.choice(heads)} {institution[len(prefix):]}"
    if institution.startswith("Kementerian "):
        return "Menteri " + institution[len("Kementerian "):]
    if institution.startswith("Universitas "):
        return "Rektor " + institution
    if institution.startswith("PT "):
        return rng.choice(["Direktur Utama", "Direktur Keuangan", "Direktur Operasional"]) + " " + institution
    return "Kepala " + institution


def random_date(rng):
    # Documents per year grow linearly: 2026 has about 8 times as many as 2000.
    years = list(range(FIRST_YEAR, LAST_YEAR + 1))
    year = rng.choices(years, weights=[1 + 0.28 * (y - FIRST_YEAR) for y in years])[0]
    return datetime.date(year, 1, 1) + datetime.timedelta(days=rng.randrange(365))


def add_years(day, years):
    # 29 February plus whole years is 28 February when the year is not a leap year.
    return day.replace(year=day.year + years, day=min(day.day, 28 if day.month == 2 else 31))


def indonesian_date(day):
    return f"{WEEKDAYS[day.weekday()]}, {day.day} {MONTHS[day.month - 1]} {day.year}"


# Sentences about an official, institutions, a topic, a place, an amount and a date, for the
# news articles that report on regional government (LEAD_SHARE of them), so that entity
# extraction has officials, institutions and amounts to find. Many forms, so that no wording
# reaches more documents than real news text would.
LEAD_SHARE = 0.45
LEAD_FORMS = [
    "{position} {name} menghadiri penandatanganan nota kesepahaman antara {inst1} dan {inst2} tentang {topic}, {when}.",
    "{inst1} mengalokasikan anggaran sebesar {amount} untuk {topic} pada tahun {year}, kata {position} {name}.",
    "{position} {name} mengatakan {inst1} bersama {inst2} akan memperkuat kerja sama di bidang {topic}.",
    "Nilai kerja sama {topic} antara {inst1} dan {inst2} mencapai {amount}, ujar {position} {name} kepada wartawan.",
    "{position} {name} meresmikan program {topic} yang digagas {inst1} di {place}, {when}.",
    "{inst1} menargetkan realisasi {topic} rampung akhir {year}, tutur {position} {name}.",
    "Rapat koordinasi {topic} yang dipimpin {position} {name} di {place} dihadiri perwakilan {inst2}.",
    "{position} {name} meminta {inst2} mempercepat penyaluran dana {topic} senilai {amount}.",
    "Sebanyak {count} warga {place} menerima manfaat program {topic} dari {inst1}, menurut {position} {name}.",
    "{inst1} dan {inst2} menandatangani perjanjian {topic} senilai {amount} yang disaksikan {position} {name}.",
    "{position} {name} menyebut capaian {topic} di {place} meningkat dibanding tahun lalu.",
    "Dalam kunjungan kerja ke {place}, {position} {name} meninjau pelaksanaan {topic} bersama {inst2}.",
]


def lead_sentence(rng, u, dateline, day):
    name, position, inst1 = u.officials.draw(rng)
    when = f"{WEEKDAYS[day.weekday()]} ({day.day}/{day.month}/{day.year})"
    text = rng.choice(LEAD_FORMS).format(
        name=name, position=position, inst1=inst1, inst2=u.institutions.draw(rng), topic=u.topics.draw(rng),
        when=when, year=day.year, amount=rupiah(rng), place=u.places.draw(rng)[1], count=f"{rng.randint(2, 900) * 10:,}".replace(",", "."))
    return f"{dateline} — {text}"


def make_title(summary, rng, paragraphs):
    text = summary or rng.choice(paragraphs)
    sentence = re.split(r"(?<=[.!?])\s", text, maxsplit=1)[0]
    words = sentence.rstrip(".!? ").split()
    return " ".join(words[:rng.randint(7, 13)])


def article(rng, u, corpus, number):
    paragraphs, summaries = corpus["paragraphs"], corpus["summaries"]
    day = random_date(rng)
    kind, place, _province = u.places.draw(rng)
    source = u.publishers.draw(rng)
    summary = rng.choice(summaries)
    body = [rng.choice(paragraphs) for _ in range(rng.randint(3, 8))]
    if rng.random() < LEAD_SHARE:
        body.insert(0, lead_sentence(rng, u, place, day))
        if rng.random() < 0.3:
            name, position, institution = u.officials.draw(rng)
            body.insert(rng.randint(2, len(body)),
                        f"Sementara itu, {position} {name} menyebut {institution} siap mendukung "
                        f"program {u.topics.draw(rng)} di {u.places.draw(rng)[1]}.")
    else:
        body[0] = f"{place} — {body[0]}"  # the dateline
    doc = {
        "id": f"news-{number:07d}", "type": "article", "title": make_title(summary, rng, paragraphs),
        "source": source, "date": day, "place": place,
        "time": f"{day.isoformat()}T{rng.randrange(6, 22):02d}:{rng.randrange(60):02d}:00+07:00",
        "tags": rng.sample(TOPICS, rng.randint(0, 3)), "body": body,
    }
    return doc


def person(rng, name):
    return f"{rng.choice(HONORIFICS)}{name}{rng.choice(DEGREES)}"


def agreement(rng, u, corpus, number):
    type_code, type_name, _ = rng.choices(AGREEMENT_TYPES, weights=[t[2] for t in AGREEMENT_TYPES])[0]
    day = random_date(rng)
    name1, position1, inst1 = u.officials.draw(rng)
    name2, position2, inst2 = u.officials.draw(rng)
    while inst2 == inst1:
        name2, position2, inst2 = u.officials.draw(rng)
    topic = u.topics.draw(rng)
    place = u.places.draw(rng)[1]
    years = rng.randint(1, 5)
    end = add_years(day, years) - datetime.timedelta(days=1)
    amount = rupiah(rng)
    title = f"{type_name} antara {inst1} dan {inst2} tentang {title_case(topic)}"
    preamble = [
        f"Pada hari ini {WEEKDAYS[day.weekday()]} tanggal {day.day} bulan {MONTHS[day.month - 1]} tahun "
        f"{day.year}, bertempat di {place}, kami yang bertanda tangan di bawah ini:",
        f"1. {person(rng, name1)}, {position1}, dalam hal ini bertindak untuk dan atas nama {inst1}, "
        f"selanjutnya disebut PIHAK KESATU;",
        f"2. {person(rng, name2)}, {position2}, dalam hal ini bertindak untuk dan atas nama {inst2}, "
        f"selanjutnya disebut PIHAK KEDUA.",
        f"PARA PIHAK sepakat untuk mengadakan {type_name} di bidang {topic} dengan ketentuan sebagai berikut:",
    ]
    clauses = [("Maksud dan Tujuan", [
        f"{type_name} ini dimaksudkan sebagai landasan kerja sama PARA PIHAK di bidang {topic}.",
        f"{type_name} ini bertujuan meningkatkan manfaat {topic} bagi masyarakat di {place}."])]
    for _ in range(rng.randint(2, 13)):
        clauses.append((None, rng.choice(corpus["clauses"])))
    clauses.append(("Pembiayaan", [
        f"Nilai kerja sama ini adalah sebesar {amount}, dibebankan pada anggaran PARA PIHAK sesuai "
        f"dengan ketentuan peraturan perundang-undangan."]))
    clauses.append(("Jangka Waktu", [
        f"{type_name} ini berlaku untuk jangka waktu {years} ({NUMBER_WORDS[years]}) tahun terhitung sejak "
        f"tanggal {day.day} {MONTHS[day.month - 1]} {day.year} dan dapat diperpanjang atas kesepakatan PARA PIHAK."]))
    return {
        "id": f"agr-{number:07d}", "type": type_code, "title": title, "date": day, "end": end, "years": years,
        "source": f"Biro Hukum {inst1}", "place": place, "topic": topic,
        "numbers": [f"{rng.randint(1, 999)}/{rng.choice(['HK', 'KS', 'PKS', 'UN'])}.{rng.randint(1, 9)}/"
                    f"{ROMAN[day.month - 1]}/{day.year}" for _ in range(2)],
        "parties": [(inst1, name1, position1), (inst2, name2, position2)],
        "preamble": preamble, "clauses": clauses,
        "summary": f"{type_name} {inst1} dan {inst2} di bidang {topic} senilai {amount} untuk {years} tahun.",
        "closing": [f"Demikian {type_name} ini dibuat dalam rangkap 2 (dua) asli, masing-masing bermeterai "
                    f"cukup dan mempunyai kekuatan hukum yang sama."],
        "tags": [topic],
    }


def article_xml(d):
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           "<!-- Benchmark corpus (bench/make_corpus.py): recombined IndoSum paragraphs, generated metadata. -->",
           f"<article id={quoteattr(d['id'])}>",
           f"  <title>{escape(d['title'])}</title>",
           f"  <source>{escape(d['source'])}</source>",
           f"  <published>{d['time']}</published>",
           f"  <dateline>{escape(d['place'])}</dateline>",
           "  <language>id</language>"]
    if d["tags"]:
        out.append("  <tags>" + "".join(f"<tag>{escape(t)}</tag>" for t in d["tags"]) + "</tags>")
    out.append("  <body>")
    out += [f"    <p>{escape(p)}</p>" for p in d["body"]]
    out += ["  </body>", "</article>", ""]
    return "\n".join(out)


def agreement_xml(d):
    roles = ["PIHAK KESATU", "PIHAK KEDUA"]
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           "<!-- Benchmark corpus (bench/make_corpus.py): generated agreement, clauses from Undang-Undang text. -->",
           f"<agreement id={quoteattr(d['id'])} type={quoteattr(d['type'])}>",
           f"  <title>{escape(d['title'])}</title>",
           f"  <source>{escape(d['source'])}</source>",
           "  <language>id</language>",
           "  <numbers>" + "".join(f"<number party={quoteattr(r)}>{escape(n)}</number>"
                                   for r, n in zip(roles, d["numbers"])) + "</numbers>",
           "  <parties>"]
    for role, (inst, name, position) in zip(roles, d["parties"]):
        out.append(f"    <party role={quoteattr(role)}><institution>{escape(inst)}</institution>"
                   f"<representedBy position={quoteattr(position)}>{escape(name)}</representedBy></party>")
    out += ["  </parties>",
            f"  <signed date=\"{d['date'].isoformat()}\" place={quoteattr(d['place'])}/>",
            f"  <validity start=\"{d['date'].isoformat()}\" end=\"{d['end'].isoformat()}\" duration=\"P{d['years']}Y\">"
            f"{d['years']} ({NUMBER_WORDS[d['years']]}) tahun</validity>",
            f"  <summary>{escape(d['summary'])}</summary>",
            "  <tags>" + "".join(f"<tag>{escape(t)}</tag>" for t in d["tags"]) + "</tags>",
            "  <preamble>"]
    out += [f"    <p>{escape(p)}</p>" for p in d["preamble"]]
    out += ["  </preamble>", "  <clauses>"]
    for number, (heading, ayat) in enumerate(d["clauses"], start=1):
        head = f" heading={quoteattr(heading)}" if heading else ""
        out.append(f"    <clause number=\"{number}\"{head}>")
        numbered = len(ayat) > 1
        for i, text in enumerate(ayat, start=1):
            attr = f" number=\"{i}\"" if numbered else ""
            out.append(f"      <ayat{attr}>{escape(text)}</ayat>")
        out.append("    </clause>")
    out += ["  </clauses>", "  <closing>"]
    out += [f"    <p>{escape(p)}</p>" for p in d["closing"]]
    out += ["  </closing>", "  <signatories>"]
    for role, (inst, name, position) in zip(roles, d["parties"]):
        out.append(f"    <signatory party={quoteattr(role)}><name>{escape(name)}</name>"
                   f"<position>{escape(position)}</position><institution>{escape(inst)}</institution></signatory>")
    out += ["  </signatories>", "</agreement>", ""]
    return "\n".join(out)


def text_lines(d):
    """The document's text as the peers index it: the same words arsip-index reads from the XML."""
    if d["type"] == "article":
        return d["tags"] + d["body"]
    lines = [d["summary"]] + [f"{inst}, {name}, {position}" for inst, name, position in d["parties"]]
    lines += d["preamble"]
    for number, (heading, ayat) in enumerate(d["clauses"], start=1):
        lines.append(f"Pasal {number}" + (f" {heading}" if heading else ""))
        numbered = len(ayat) > 1
        lines += [(f"({i}) " if numbered else "") + a for i, a in enumerate(ayat, start=1)]
    lines += d["closing"]
    lines += [f"{name}, {position}, {inst}" for inst, name, position in d["parties"]]
    return d["tags"] + lines


def html(d):
    body = "\n".join(f"<p>{escape(line)}</p>" for line in text_lines(d))
    return (f"<!DOCTYPE html>\n<html lang=\"id\"><head><meta charset=\"utf-8\"><title>{escape(d['title'])}</title>"
            f"</head>\n<body>\n<h1>{escape(d['title'])}</h1>\n{body}\n</body></html>\n")


def copy_field(text):
    return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


def tsv_row(d):
    fields = [d["id"], d["type"], d["date"].isoformat(), d["source"], d["place"], d["title"],
              "\n".join(text_lines(d))]
    return "\t".join(copy_field(f) for f in fields) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=int, required=True, help="number of documents")
    parser.add_argument("--out", required=True, help="output folder (created; must be empty or missing)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--formats", default="xml,html,tsv", help="any of xml, html, tsv")
    args = parser.parse_args()
    formats = set(args.formats.split(","))
    if not formats <= {"xml", "html", "tsv"}:
        parser.error("--formats: xml, html, tsv")
    if os.path.exists(args.out) and os.listdir(args.out):
        parser.error(f"--out: {args.out} is not empty")

    rng = random.Random(args.seed)
    paragraphs, summaries, news_sources = read_news()
    corpus = {"paragraphs": paragraphs, "summaries": summaries, "clauses": read_clauses()}
    provinces, regencies = read_gazetteer()
    universe = Universe(rng, args.docs, provinces, regencies, news_sources)

    os.makedirs(args.out, exist_ok=True)
    tsv = open(os.path.join(args.out, "docs.tsv"), "w", encoding="utf-8") if "tsv" in formats else None
    counts = {}
    text_bytes = xml_bytes = 0
    for n in range(args.docs):
        if rng.random() < AGREEMENT_SHARE:
            d = agreement(rng, universe, corpus, n)
            xml = agreement_xml(d)
        else:
            d = article(rng, universe, corpus, n)
            xml = article_xml(d)
        counts[d["type"]] = counts.get(d["type"], 0) + 1
        folder = f"{n // FILES_PER_FOLDER:04d}"
        text_bytes += len((d["title"] + "\n" + "\n".join(text_lines(d))).encode("utf-8"))
        if "xml" in formats:
            os.makedirs(os.path.join(args.out, "xml", folder), exist_ok=True)
            data = xml.encode("utf-8")
            xml_bytes += len(data)
            with open(os.path.join(args.out, "xml", folder, d["id"] + ".xml"), "wb") as f:
                f.write(data)
        if "html" in formats:
            os.makedirs(os.path.join(args.out, "html", folder), exist_ok=True)
            with open(os.path.join(args.out, "html", folder, d["id"] + ".html"), "w", encoding="utf-8") as f:
                f.write(html(d))
        if tsv:
            tsv.write(tsv_row(d))
        if (n + 1) % 100000 == 0:
            print(f"{n + 1} documents", file=sys.stderr)
    if tsv:
        tsv.close()
    with open(os.path.join(args.out, "manifest.txt"), "w", encoding="utf-8") as f:
        f.write(f"documents\t{args.docs}\nseed\t{args.seed}\n")
        for kind in sorted(counts):
            f.write(f"type:{kind}\t{counts[kind]}\n")
        f.write(f"text_bytes\t{text_bytes}\nxml_bytes\t{xml_bytes}\n")
        f.write(f"news_paragraphs\t{len(paragraphs)}\nstatute_clauses\t{len(corpus['clauses'])}\n")
    print(f"{args.docs} documents ({', '.join(f'{k} {v}' for k, v in sorted(counts.items()))}), "
          f"{text_bytes / 1e6:.1f} MB of text, in {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
