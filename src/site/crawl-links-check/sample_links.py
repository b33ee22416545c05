#!/usr/bin/env python3
"""Draws typed links at random from a graph for a hand-check of precision.

usage: sample_links.py GRAPH.nq OUT.md [--n 100] [--seed 1]

Each row: the file, the link as the graph states it (subject, relation, object, by notation or label; 'self' is the
file's own document) and its evidence sentence; a judge fills in 'right' (yes/no) and why, from the text.
"""
import argparse, os, random, re, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', '..', '..', 'shared', 'eval'))
import sample_citations as sc

VND = sc.VND
LABEL = 'http://www.w3.org/2000/01/rdf-schema#label'


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('graph'); ap.add_argument('out')
    ap.add_argument('--n', type=int, default=100); ap.add_argument('--seed', type=int, default=1)
    a = ap.parse_args()
    props = sc.read(a.graph)
    labels = {}
    selves = {}
    source = re.compile(r'<([^>]*)> <http://purl.org/dc/terms/source> <[^>]*/source/([^>]*)>')
    label = re.compile(r'<([^>]*)> <' + LABEL + r'> "((?:[^"\\]|\\.)*)"')
    for line in open(a.graph, encoding='utf-8'):
        m = source.match(line)
        if m: selves[m.group(2)] = m.group(1)
        m = label.match(line)
        if m: labels.setdefault(m.group(1), m.group(2))
    evs = sorted(s for s, p in props.items() if VND + 'linkRelation' in p and VND + 'sourceFile' in p)
    drawn = random.Random(a.seed).sample(evs, min(a.n, len(evs)))
    def name(d, f):
        if d == selves.get(f): return 'self (' + (props.get(d, {}).get(VND + 'notation') or d.rsplit('/id/', 1)[-1]) + ')'
        return props.get(d, {}).get(VND + 'notation') or labels.get(d) or d.rsplit('/id/', 1)[-1]
    with open(a.out, 'w', encoding='utf-8') as o:
        o.write('| # | file | subject | relation | object | evidence | right | why |\n| --- | --- | --- | --- | --- | --- | --- | --- |\n')
        for i, e in enumerate(drawn, 1):
            p = props[e]
            f = p[VND + 'sourceFile'].rsplit('/', 1)[-1]
            ev = (p.get(VND + 'sentence') or '').replace('|', '¦').replace('\n', ' ')
            o.write(f"| {i} | {f} | {name(p.get(VND + 'linkSubject'), f)} | {p[VND + 'linkRelation'].rsplit('#', 1)[-1]} | "
                    f"{name(p.get(VND + 'linkObject'), f)} | {ev} |  |  |\n")
    print(f'{len(drawn)} links drawn of {len(evs)} (seed {a.seed}): {a.out}')


if __name__ == '__main__':
    main()
