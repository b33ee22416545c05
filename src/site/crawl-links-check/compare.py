#!/usr/bin/env python3
"""Compares the blind hand judgements of a crawl citation draw with what a graph says.

usage: compare.py [--hard-optional] GRAPH.nq ROWS.tsv JUDGED.tsv [JUDGED.tsv ...]

ROWS.tsv: # file start end printed (the drawn citations, by file and original offsets).
JUDGED.tsv: # from relation note (hand judgements, from the text alone; several lines per row when several links).
For each row the graph's typed links whose object is the document that mention stands for, in that file, are
compared with the judged (subject, relation) pairs; a subject matches when both are 'self' or carry the same
notation (case and spacing aside). Prints recall and precision with 95% Wilson intervals, overall and per relation.
With --hard-optional, a judged link whose note starts "HARD" (a call the conventions leave open, such as a "Căn cứ
pháp lý" column of an annex) counts when the graph has it and is no miss when it has not, as the gold's optional
links do.
"""
import math, os, re, sys
from collections import defaultdict
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', '..', '..', 'shared', 'eval'))
import sample_citations as sc

VND = sc.VND


def wilson(k, n, z=1.96):
    if n == 0:
        return (0.0, 0.0, 0.0)
    p = k / n
    d = 1 + z * z / n
    c = (p + z * z / (2 * n)) / d
    h = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / d
    return (p, max(0.0, c - h), min(1.0, c + h))


def norm(n):
    return re.sub(r'\s+', '', n or '').upper().replace('Đ', 'D').replace('Ð', 'D')


def main(*args):
    hard_optional = args[0] == '--hard-optional'
    graph, rows_path, *judged_paths = args[1:] if hard_optional else args
    props = sc.read(graph)
    by_pos = {}
    for s, p in props.items():
        if p.get('http://www.w3.org/1999/02/22-rdf-syntax-ns#type') == VND + 'Mention':
            by_pos[(p.get(VND + 'sourceFile', '').rsplit('/', 1)[-1], p.get(VND + 'start'))] = s
    links = defaultdict(list)
    for s, p in props.items():
        if VND + 'linkRelation' in p and VND + 'sourceFile' in p:
            links[(p[VND + 'sourceFile'].rsplit('/', 1)[-1], p.get(VND + 'linkObject'))].append(
                (p.get(VND + 'linkSubject', '?'), p[VND + 'linkRelation'].rsplit('#', 1)[-1]))
    selves = {}
    source = re.compile(r'<([^>]*)> <http://purl.org/dc/terms/source> <[^>]*/source/([^>]*)>')
    for line in open(graph, encoding='utf-8'):
        m = source.match(line)
        if m:
            selves[m.group(2)] = m.group(1)
    rows = {}
    for line in open(rows_path, encoding='utf-8'):
        if line.startswith("#"): continue
        i, f, start, end, printed = line.rstrip('\n').split('\t')
        rows[int(i)] = (f, start)
    judged = defaultdict(set)
    optional = set()
    for path in judged_paths:
        for line in open(path, encoding='utf-8'):
            if line.startswith('#') or not line.strip():
                continue
            parts = line.rstrip('\n').split('\t')
            i, frm, rel = int(parts[0]), parts[1].strip(), parts[2].strip()
            if rel in ('none', 'not-a-citation', ''):
                judged.setdefault(i, set())
                continue
            judged[i].add(('self' if frm == 'self' else norm(frm), rel))
            if hard_optional and len(parts) > 3 and parts[3].startswith('HARD'):
                optional.add((i, ('self' if frm == 'self' else norm(frm), rel)))
    label = lambda d, f: 'self' if d == selves.get(f) else norm(props.get(d, {}).get(VND + 'notation', d))
    tp_r = defaultdict(int); n_r = defaultdict(int); tp_p = defaultdict(int); n_p = defaultdict(int)
    misses, extras = [], []
    for i in sorted(judged):
        f, start = rows[i]
        m = by_pos.get((f, start))
        doc = props.get(m, {}).get(VND + 'mentionOf') if m else None
        said = {(label(s, f), r) for s, r in links.get((f, doc), [])} if doc else set()
        for j in judged[i]:
            if (i, j) in optional and j not in said:
                continue
            n_r[j[1]] += 1
            if j in said: tp_r[j[1]] += 1
            else: misses.append((i, f, j, sorted(said)))
        for s in said:
            n_p[s[1]] += 1
            if s in judged[i]: tp_p[s[1]] += 1
            else: extras.append((i, f, s, sorted(judged[i])))
    def line(name, tp, n):
        p, lo, hi = wilson(tp, n)
        return f'{name:16} {tp:4}/{n:<4} {p:.3f} [{lo:.3f}, {hi:.3f}]'
    print('recall (judged links the graph has)')
    print(line('all', sum(tp_r.values()), sum(n_r.values())))
    for r in sorted(n_r): print(line('  ' + r, tp_r[r], n_r[r]))
    print('precision (graph links on these rows the judge gave)')
    print(line('all', sum(tp_p.values()), sum(n_p.values())))
    for r in sorted(n_p): print(line('  ' + r, tp_p[r], n_p[r]))
    print('\nmissed:')
    for x in misses: print('  ', *x)
    print('extra:')
    for x in extras: print('  ', *x)


if __name__ == '__main__':
    main(*sys.argv[1:])
