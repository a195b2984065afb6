#!/usr/bin/env python3
"""The search mix (bench/search_mix.tsv) as the peers' requests, for bench/search_bench.sh.

Writes into OUT:
  pg-NN.sql       one pgbench script per query: the PostgreSQL equivalent of one arsip search
  wrk-paths.txt   one /api/search request target per query, for bench/search_mix.lua

A PostgreSQL search is one statement doing what arsip-server answers: the text match
(websearch_to_tsquery('indonesian', q): words ANDed, "phrases"), ranked by ts_rank, the 10 best
with a ts_headline snippet, the exact total, and the 10 most frequent values of each facet, one
GROUP BY per facet. Facets are multi-select like arsip's: a facet with a filter of its own is
counted without that filter. The text match is computed once (a MATERIALIZED CTE) and the
filters and GROUP BYs run over it.

Usage: bench/search_mix_sql.py MIX OUT
"""
import os
import sys
import urllib.parse

# arsip facet name -> (column of the benchmark's sdocs table, is an array)
FACETS = [("type", "type", False), ("year", "year", False), ("place", "places", True),
          ("institution", "institutions", True), ("official", "officials", True), ("source", "sources", True)]


def read_mix(path):
    mix = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            query, _, filters = line.partition("\t")
            parsed = {}
            for item in filter(None, filters.split(";")):
                name, _, value = item.partition("=")
                parsed.setdefault(name, []).append(value)
            mix.append((query, parsed))
    return mix


def literal(text):
    return "'" + text.replace("'", "''") + "'"


def array(values):
    return "ARRAY[" + ", ".join(literal(v) for v in values) + "]::text[]"


def conditions(filters, skip=None):
    out = []
    for name, column, is_array in FACETS:
        if name == skip or name not in filters:
            continue
        values = filters[name]
        out.append(f"{column} && {array(values)}" if is_array else f"{column} = ANY({array(values)})")
    return " AND ".join(out) or "true"


def statement(query, filters):
    parts = [
        f"WITH q AS (SELECT websearch_to_tsquery('indonesian', {literal(query)}) AS q),",
        "m AS MATERIALIZED (SELECT id, type, year, places, institutions, officials, sources, ts_rank(tsv, q.q) AS rank",
        "                   FROM sdocs, q WHERE tsv @@ q.q),",
        f"hits AS (SELECT id, rank FROM m WHERE {conditions(filters)} ORDER BY rank DESC, id LIMIT 10)",
        "SELECT 'hit' AS part, h.id AS value, ts_headline('indonesian', d.body, q.q) AS detail",
        "  FROM hits h JOIN sdocs d USING (id), q",
        f"UNION ALL SELECT 'total', NULL, count(*)::text FROM m WHERE {conditions(filters)}",
    ]
    for name, column, is_array in FACETS:
        source = f"m, unnest(m.{column}) v" if is_array else "m"
        value = "v" if is_array else column
        parts.append(f"UNION ALL (SELECT '{name}', {value}, count(*)::text FROM {source} "
                     f"WHERE {conditions(filters, skip=name)} AND {value} IS NOT NULL "
                     f"GROUP BY {value} ORDER BY count(*) DESC, {value} LIMIT 10)")
    return "\n".join(parts) + ";\n"


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    mix = read_mix(sys.argv[1])
    out = sys.argv[2]
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(out, "wrk-paths.txt"), "w", encoding="utf-8") as paths:
        for n, (query, filters) in enumerate(mix):
            with open(os.path.join(out, f"pg-{n:02d}.sql"), "w", encoding="utf-8") as f:
                f.write(statement(query, filters))
            params = [("q", query)] + [(name, v) for name, values in filters.items() for v in values]
            paths.write("/api/search?" + urllib.parse.urlencode(params) + "\n")


if __name__ == "__main__":
    main()
