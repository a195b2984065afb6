#!/usr/bin/env python3
"""Derives data/models/ner-gazetteer.tsv, the small word list the NER tagger's gazetteer features
use, from the DBpedia name lists (gazetteer-dbpedia/gazetteer-mdee) and the zxcvbn Indonesian
first names. Each word (lower case) gets the classes whose names it often occurs in:
  word <TAB> classes (any of PER LOC ORG FIRST, comma separated)
Usage: bench/ner_gazetteer.py /work/shared/data > data/models/ner-gazetteer.tsv
"""
import collections, json, re, sys

root = sys.argv[1]
LIMITS = {"PER": ("person.txt", 4000), "LOC": ("place.txt", 4000), "ORG": ("organization.txt", 1500)}
classes = collections.defaultdict(set)
for cls, (name, limit) in LIMITS.items():
    counts = collections.Counter()
    with open(f"{root}/gazetteer-dbpedia/gazetteer-mdee/{name}", encoding="utf-8") as f:
        for line in f:
            for word in re.findall(r"[^\W\d_][\w'’.-]*", line):
                word = word.lower().strip(".")
                if len(word) >= 2:
                    counts[word] += 1
    for word, _ in counts.most_common(limit):
        classes[word].add(cls)
for name in json.load(open(f"{root}/zxcvbn-language-id/names.json", encoding="utf-8")):
    classes[name.lower()].add("FIRST")
for word in sorted(classes):
    print(f"{word}\t{','.join(sorted(classes[word]))}")
