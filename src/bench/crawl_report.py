#!/usr/bin/env python3
"""What a graph holds, for BENCHMARKS.md: documents, links by relation, mentions by resolution, the most cited
documents; and, with --sample N, N links drawn at random (fixed seed) with their evidence, as a Markdown table to
judge by hand; with --judged FILE.md (that table, its "right?" column filled in with right or wrong), the
precision with its 95% Wilson interval, and by relation.

usage: crawl_report.py GRAPH.nq [--top 20] [--sample 100 --seed 14 --out FILE.md]
       crawl_report.py --judged FILE.md

Reads plain N-Quads (no RDF library needed), line by line.
"""
import argparse
import math
import random
import re
from collections import Counter, defaultdict

VND = "https://w3id.org/vn-directive/ontology#"
RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
DOCUMENTS = "https://w3id.org/vn-directive/graph/documents"
TERM = re.compile(r'<([^>]*)>|"((?:[^"\\]|\\.)*)"(?:@[A-Za-z0-9-]+|\^\^<[^>]*>)?|(_:\S+)')
ESC = re.compile(r'\\(u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|.)')
RELATIONS = ["implements", "continues", "reviews", "guides", "basedOn", "tiedTo", "amends", "replaces"]


def unescape(s):
    def one(m):
        e = m.group(1)
        if e[0] in "uU":
            return chr(int(e[1:], 16))
        return {"n": "\n", "t": "\t", "r": "\r", '"': '"', "\\": "\\", "b": "\b", "f": "\f"}.get(e, e)
    return ESC.sub(one, s)


def terms(line):
    out = []
    for m in TERM.finditer(line):
        out.append(m.group(1) if m.group(1) is not None else unescape(m.group(2)) if m.group(2) is not None else m.group(3))
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("graph", nargs="?")
    ap.add_argument("--top", type=int, default=20)
    ap.add_argument("--sample", type=int, default=0)
    ap.add_argument("--seed", type=int, default=14)
    ap.add_argument("--out")
    ap.add_argument("--judged")
    a = ap.parse_args()
    if a.judged:
        precision(a.judged)
        return
    if not a.graph:
        ap.error("a graph, or --judged FILE.md")

    documents = set()
    label, notation = {}, {}
    resolution = Counter()
    evidence = defaultdict(dict)
    cited_by = defaultdict(set)  # document -> citing files
    files = set()
    with open(a.graph, encoding="utf-8") as f:
        for line in f:
            t = terms(line)
            if len(t) < 4:
                continue
            s, p, o, g = t[:4]
            if g == DOCUMENTS:
                if p == RDF_TYPE and o == VND + "Document":
                    documents.add(s)
                elif p == RDFS_LABEL:
                    label[s] = o
                elif p == VND + "notation":
                    notation[s] = o
                continue
            if p == VND + "fileName":
                files.add(o)
            elif p == VND + "resolution" and "/mention/" in s:
                resolution[o] += 1
            elif "/evidence/" in s and p in (VND + "linkSubject", VND + "linkRelation", VND + "linkObject",
                                              VND + "sentence", VND + "cue", VND + "sourceFile"):
                evidence[s][p[len(VND):]] = o
            elif p == VND + "cites":
                cited_by[o].add(g)

    by_relation = Counter(e["linkRelation"][len(VND):] for e in evidence.values())
    distinct = Counter()
    for rel, n in Counter((e["linkSubject"], e["linkRelation"], e["linkObject"]) for e in evidence.values()).items():
        distinct[rel[1][len(VND):]] += 1
    mentions = sum(resolution.values())
    print(f"files with a graph: {len(files):,}; documents: {len(documents):,}")
    print(f"links (evidence nodes): {sum(by_relation.values()):,}; distinct (subject, relation, object): {sum(distinct.values()):,}")
    print("| relation | evidence | distinct links |\n| --- | ---: | ---: |")
    for r in RELATIONS + sorted(set(by_relation) - set(RELATIONS)):
        if by_relation[r] or distinct[r]:
            print(f"| {r} | {by_relation[r]:,} | {distinct[r]:,} |")
    print(f"mentions: {mentions:,}; " + ", ".join(f"{k} {v:,} ({100 * v / max(1, mentions):.1f}%)" for k, v in resolution.most_common()))
    print(f"\n{a.top} most cited documents (by citing files):\n| # | document | label | citing files |\n| ---: | --- | --- | ---: |")
    top = sorted(cited_by.items(), key=lambda kv: (-len(kv[1]), kv[0]))[: a.top]
    for i, (d, fs) in enumerate(top, 1):
        print(f"| {i} | `{short(d)}` | {label.get(d, '')} | {len(fs):,} |")

    if a.sample:
        rnd = random.Random(a.seed)
        keys = sorted(evidence)
        picked = rnd.sample(keys, min(a.sample, len(keys)))
        rows = ["| # | file | subject | relation | object | cue | evidence sentence | right? | why |",
                "| ---: | --- | --- | --- | --- | --- | --- | --- | --- |"]
        for i, k in enumerate(picked, 1):
            e = evidence[k]
            src = e.get("sourceFile", "")
            sentence = e.get("sentence", "").replace("|", "\\|")
            if len(sentence) > 400:
                sentence = sentence[:400] + " …"
            rows.append(f"| {i} | {src.rsplit('/', 1)[-1]} | {desc(e['linkSubject'], label)} | {e['linkRelation'][len(VND):]} | "
                        f"{desc(e['linkObject'], label)} | {e.get('cue', '')} | {sentence} | | |")
        with open(a.out, "w", encoding="utf-8") as out:
            out.write("\n".join(rows) + "\n")
        print(f"\n{len(picked)} links drawn (seed {a.seed}) to {a.out}")


def wilson(k, n, z=1.959964):
    """The 95% Wilson score interval of k successes in n: unlike p ± z·se, it stays in [0, 1] and is right near 0 or 1."""
    p = k / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return centre - half, centre + half


def precision(path):
    right, by_relation = 0, defaultdict(lambda: [0, 0])
    n = 0
    with open(path, encoding="utf-8") as f:
        for line in f:
            cells = [c.strip() for c in re.split(r"(?<!\\)\|", line)[1:-1]]
            if len(cells) != 9 or not cells[0].isdigit():
                continue
            verdict = cells[7].strip("* ").lower()
            if verdict not in ("right", "wrong"):
                raise SystemExit(f"{path}: row {cells[0]} is not judged (right? = {cells[7]!r})")
            n += 1
            ok = verdict == "right"
            right += ok
            by_relation[cells[3]][0] += ok
            by_relation[cells[3]][1] += 1
    lo, hi = wilson(right, n)
    print(f"{right} right of {n}: precision {right / n:.2f}, 95% Wilson interval {lo:.3f}–{hi:.3f}")
    print("by relation: " + ", ".join(f"{r} {k} of {t}" for r, (k, t) in sorted(by_relation.items(), key=lambda kv: -kv[1][1])))


def short(iri):
    return iri.replace("https://w3id.org/vn-directive/id/", "id:")


def desc(d, label):
    return f"{label.get(d, '')} (`{short(d)}`)"


if __name__ == "__main__":
    main()
