#!/usr/bin/env python3
"""Person clustering quality of an export against a generated corpus's gold, in linear time.

    python3 benches/synth_quality.py GRAPH.json GOLD.json

`score_graph.py` compares every gold entity with every output entity and does not finish on
the 100 MB corpus; this count reads each gold variant once, through an index of the export's
names, so it runs on any size. For each gold person it finds the output person entities that
carry one of its spellings (name or alias) and mention one of its documents; the entity that
carries most of its spellings is its node (between equals, the one named in most of its
documents). It prints:

- joined: the share of the person's spellings (each spelling in each of its documents counted
  once) that are on its node, for full names (two words or more) and for all spellings (a bare
  surname shared by relatives may rightly stay apart);
- false merges: gold persons whose node is also the node of another gold person (the two share a
  node through full names), as a share of all gold persons.

Last line: `synth_quality: persons N joined_full F joined_all A false_merges M rate R`.
"""
import json
import sys
from collections import defaultdict


def main(graph_path, gold_path):
    graph = json.load(open(graph_path))
    gold = json.load(open(gold_path))
    by_alias = defaultdict(list)
    docs_of = {}
    for e in graph["entities"]:
        if e["kind"] != "person":
            continue
        docs_of[e["id"]] = {m["doc"] for m in e["mentions"]}
        for name in set(e["aliases"]) | {e["name"]}:
            by_alias[name].append(e["id"])
    persons = [p for p in gold["entities"] if p["kind"] == "person"]
    node_of = {}
    full_total = full_joined = all_total = all_joined = 0
    for p in persons:
        pdocs = set(p["docs"])
        where = {}
        for v in p["variants"]:
            where[v] = [e for e in by_alias.get(v, []) if docs_of[e] & pdocs]
        count = defaultdict(int)
        for v, es in where.items():
            if " " in v:
                for e in set(es):
                    count[e] += 1
        if not count:
            for es in where.values():
                for e in set(es):
                    count[e] += 1
        node = min(count, key=lambda e: (-count[e], -len(docs_of[e] & pdocs), e)) if count else None
        node_of[p["id"]] = node
        for v, es in where.items():
            full = " " in v
            ok = node is not None and node in es
            all_total += 1
            all_joined += ok
            if full:
                full_total += 1
                full_joined += ok
    owners = defaultdict(list)
    for pid, node in node_of.items():
        if node is not None:
            owners[node].append(pid)
    merged = sum(len(ps) for ps in owners.values() if len(ps) > 1)
    n = len(persons)
    jf = full_joined / full_total if full_total else 0.0
    ja = all_joined / all_total if all_total else 0.0
    rate = merged / n if n else 0.0
    unplaced = sum(1 for v in node_of.values() if v is None)
    print(f"gold persons {n}, without a node {unplaced}")
    print(f"full-name spellings on their person's node: {full_joined}/{full_total} = {jf:.4f}")
    print(f"all spellings on their person's node:       {all_joined}/{all_total} = {ja:.4f}")
    print(f"gold persons sharing a node with another:   {merged}/{n} = {rate:.4f}")
    print(f"synth_quality: persons {n} joined_full {jf:.4f} joined_all {ja:.4f} false_merges {merged} rate {rate:.4f}")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
