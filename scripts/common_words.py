#!/usr/bin/env python3
"""Writes data/phrases/common-words.txt: the words whose adjacent pairs the index stores as pair
terms (schema.h, kPair), so that a quoted phrase of two such words is answered from one posting
list instead of checking the positions of every document that has both words.

A phrase costs position checks in proportion to the documents that hold both its words: only
pairs of frequent words need a term. The list is the union of the most frequent words of two
kinds of text, neither of them the benchmark corpus (bench/make_corpus.py draws on IndoSum and
five statutes):
  - news: sentence frequency over the NERGrit, IDNER-news-2k and UD Indonesian-CSUI sentences;
  - law: Pasal frequency over every Undang-Undang and Peraturan Pemerintah of data-peraturan;
stopwords (data/stopwords/stopwords-id.txt) excluded: pairs with them would cost the most terms.

Usage: scripts/common_words.py SHARED_DATA_DIR [--per-kind N] > data/phrases/common-words.txt
(SHARED_DATA_DIR: the shared data folder, with ner-nergrit/, ner-idner-news-2k/,
ud-indonesian-csui/ and legal-peraturan/.)
"""
import argparse
import collections
import pathlib
import re

WORD = re.compile(r"[a-z]+(?:-[a-z]+)*")


def words(text):
    return set(WORD.findall(text.lower()))


def news_units(shared):
    """Sentences of the news corpora, as sets of words."""
    for path in [shared / "ner-nergrit/train_preprocess.txt", shared / "ner-nergrit/valid_preprocess.txt",
                 shared / "ner-idner-news-2k/train.txt", shared / "ner-idner-news-2k/dev.txt"]:
        sentence = []
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
            line = line.strip()
            if not line:
                if sentence:
                    yield words(" ".join(sentence))
                sentence = []
                continue
            sentence.append(line.split()[0])
        if sentence:
            yield words(" ".join(sentence))
    sentence = []
    for line in (shared / "ud-indonesian-csui/id_csui-ud-train.conllu").read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            continue
        if not line.strip():
            if sentence:
                yield words(" ".join(sentence))
            sentence = []
            continue
        cols = line.split("\t")
        if len(cols) > 1 and cols[0].isdigit():
            sentence.append(cols[1])


def law_units(shared):
    """Pasal of every statute, as sets of words."""
    for path in sorted((shared / "legal-peraturan").rglob("*.md")):
        text = path.read_text(encoding="utf-8", errors="replace")
        for part in re.split(r"\bPasal\s+\d+[A-Z]?\b", text):
            if part.strip():
                yield words(part)


def top(units, stop, n):
    df = collections.Counter()
    total = 0
    for unit in units:
        total += 1
        df.update(unit)
    ranked = [w for w, _ in sorted(df.items(), key=lambda kv: (-kv[1], kv[0])) if w not in stop and len(w) > 1]
    return ranked[:n], total


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("shared", type=pathlib.Path)
    parser.add_argument("--per-kind", type=int, default=250)
    args = parser.parse_args()
    repo = pathlib.Path(__file__).resolve().parent.parent
    stop = {line.strip() for line in (repo / "data/stopwords/stopwords-id.txt").read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")}
    news, news_total = top(news_units(args.shared), stop, args.per_kind)
    law, law_total = top(law_units(args.shared), stop, args.per_kind)
    print("# Words whose adjacent pairs get a pair term in the index (src/index/schema.h, kPair):")
    print(f"# the {args.per_kind} most frequent non-stopwords of {news_total} news sentences and of {law_total} Pasal")
    print("# of statutes, united. Made by scripts/common_words.py (sources and licences: data/SOURCES.md).")
    for w in sorted(set(news) | set(law)):
        print(w)


if __name__ == "__main__":
    main()
