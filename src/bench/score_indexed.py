#!/usr/bin/env python3
"""The shared scorer (../shared/eval/score.py) with its scans replaced by lookups: the same output in time that
grows with the graph, not with files x nodes (hours at 100k documents). Used by the bench for the sizes the shared
scorer cannot reach; CorpusGeneratorTest checks that both print the same report. Changes, each marked "Indexed":
sources by file-name suffix, keys by (notation, year) and memoised per node, objects by subject, nodes by notation
and year, and the accepted link keys built once; triples with a predicate the report never reads are counted, not kept
(a 1M-document graph is 12 GB of N-Quads).

Score a lineage graph (N-Quads or N-Triples) against a gold file.

usage: score.py GRAPH.nq GOLD.json [--min-mention-f1 X] [--min-link-f1 X] [--min-meta X] [-v]

The graph is read as plain N-Quads/N-Triples (no RDF library needed) and judged
through the evaluation contract in shared/eval/README.md. Exit status: 0 when
every given minimum holds, 1 otherwise, 2 on bad input.

Gold keys are notations ("59-KH/TU", "833/NQ-UBTVQH14"); a key may end in
"@YYYY" when the same notation names documents of different years. A graph
node matches a key when it carries that notation (and, for "@YYYY", an issued
date in that year).
"""
import json
import re
import sys
import unicodedata
from collections import defaultdict

VND = "https://w3id.org/vn-directive/ontology#"
DCT = "http://purl.org/dc/terms/"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
TYPED = ["implements", "continues", "reviews", "associatedWith", "basedOn", "guides", "amends", "replaces"]
SYMMETRIC = {"associatedWith"}

TERM = re.compile(r'\s*(<[^>]*>|_:\S+|"(?:[^"\\]|\\.)*"(?:@[A-Za-z0-9-]+|\^\^<[^>]*>)?)')


def unescape(s):
    def rep(m):
        e = m.group(1)
        if e[0] in 'uU':
            return chr(int(e[1:], 16))
        return {'t': '\t', 'n': '\n', 'r': '\r', 'b': '\b', 'f': '\f', '"': '"', "'": "'", '\\': '\\'}[e]
    return re.sub(r'\\(u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|[tnrbf"\'\\])', rep, s)


def value(term):
    if term.startswith('<'):
        return unescape(term[1:-1])
    if term.startswith('"'):
        return unescape(term[1:term.rfind('"')])
    return term


# Indexed: the only predicates main() reads; other triples are counted for the report and dropped.
READ = {VND + 'notation', RDF_TYPE, DCT + 'issued', DCT + 'source'} | {VND + t for t in TYPED + ['cites']}


def read_graph(path):
    triples, count = [], 0
    with open(path, encoding='utf-8') as f:
        for n, line in enumerate(f, 1):
            line = line.strip()
            if not line or line.startswith('#'):
                continue
            terms, pos = [], 0
            while len(terms) < 4:
                m = TERM.match(line, pos)
                if not m:
                    break
                terms.append(m.group(1))
                pos = m.end()
            if len(terms) < 3 and line[pos:].lstrip().startswith('<<'):
                continue  # a quoted triple (RDF-star annotation of a link): provenance, not scored
            if len(terms) < 3 or not line.endswith('.'):
                print(f"score.py: {path}:{n}: not an N-Quads line (is the file N-Quads or N-Triples?)")
                sys.exit(2)
            count += 1
            p = value(terms[1])
            if p in READ:
                triples.append((terms[0], p, terms[2]))
    return triples, count


def canon(notation):
    """Canonical notation: NFC, ASCII hyphen, no spaces, upper case; an '@YYYY' suffix is kept."""
    t = unicodedata.normalize('NFC', notation)
    t = re.sub(r'[\u2010-\u2015\u2212]', '-', t)
    t = re.sub(r'\s+', '', t)
    return t.upper()


def split_key(key):
    if '@' in key:
        n, y = key.rsplit('@', 1)
        return n, (y if re.fullmatch(r'\d{4}', y) else None)
    return key, None


def prf(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else (1.0 if fn == 0 else 0.0)
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def link_key(a, rel, b):
    return (rel, frozenset((a, b))) if rel in SYMMETRIC else (rel, a, b)


def fmt(k):
    if k[0] in SYMMETRIC:
        ends = sorted(k[1]) * (2 if len(k[1]) == 1 else 1)
        return f"{ends[0]} {k[0]} {ends[1]}"
    return f"{k[1]} {k[0]} {k[2]}"


def main(argv):
    mins, rest, verbose, i = {}, [], False, 0
    while i < len(argv):
        a = argv[i]
        if a in ('--min-mention-f1', '--min-link-f1', '--min-meta'):
            mins[a] = float(argv[i + 1])
            i += 2
            continue
        if a == '-v':
            verbose = True
        else:
            rest.append(a)
        i += 1
    if len(rest) != 2:
        print(__doc__)
        return 2
    triples, read = read_graph(rest[0])
    gold = json.load(open(rest[1], encoding='utf-8'))

    notation, types, issued, source = (defaultdict(set) for _ in range(4))
    edges = defaultdict(set)
    for s, p, o in triples:
        if p == VND + 'notation':
            notation[s].add(canon(value(o)))
        elif p == RDF_TYPE and o.startswith('<' + VND):
            types[s].add(value(o)[len(VND):])
        elif p == DCT + 'issued':
            issued[s].add(value(o)[:10])
        elif p == DCT + 'source':
            source[s].add(value(o))
        elif p.startswith(VND) and p[len(VND):] in TYPED + ['cites']:
            edges[p[len(VND):]].add((s, o))

    files = gold['files']
    all_keys = set()
    for f, g in files.items():
        for k in g['cites'] + g.get('optionalCites', []):
            all_keys.add(canon(k))
        for l in g['links'] + g.get('optionalLinks', []):
            for end in (l['from'], l['to']):
                if end != 'self':
                    all_keys.add(canon(end))
    all_keys |= {canon(k) for k in gold.get('docs', {})}
    self_nodes, self_key = {}, {}
    # Indexed: the sources ending with each file name, found through every suffix of each source value.
    by_suffix = defaultdict(set)
    names = set(files)
    lengths = {len(f) for f in names}
    for n, srcs in source.items():
        for x in srcs:
            for L in lengths:
                if len(x) >= L and x[-L:] in names:
                    by_suffix[x[-L:]].add(n)
    for f, g in files.items():
        self_nodes[f] = by_suffix.get(f, set())
        sn = g['self'].get('notation') if g.get('self') else None
        self_key[f] = canon(sn) if sn else 'self:' + f
        all_keys.add(self_key[f])

    by_notation = defaultdict(set)
    for k in all_keys:
        by_notation[split_key(k)[0]].add(k)

    def matches(node, key):
        n, y = split_key(key)
        if n not in notation.get(node, ()):
            return False
        return y is None or any(d.startswith(y) for d in issued.get(node, ()))

    first_file = {}
    for f, nodes in self_nodes.items():
        for n in nodes:
            first_file.setdefault(n, f)

    # Indexed: keys by (notation, year or None); a node matches the first kind by an issued year.
    by_notation_year = defaultdict(set)
    for k in all_keys:
        by_notation_year[split_key(k)].add(k)

    def years(node):
        return {d[:4] for d in issued.get(node, ()) if len(d) >= 4}

    keys_memo = {}

    def keys(node):
        """Gold keys a graph node stands for; an unknown notation stands for itself."""
        if node in keys_memo:
            return keys_memo[node]
        f = first_file.get(node)
        if f is not None:
            out = {self_key[f]}
        else:
            out = set()
            ys = years(node)
            for n in notation.get(node, ()):
                ks = set(by_notation_year.get((n, None), ()))
                for y in ys:
                    ks |= by_notation_year.get((n, y), set())
                out |= ks or {'?' + n}
        keys_memo[node] = out
        return out

    # Indexed: the objects of every subject, the nodes of every notation.
    objects_of = defaultdict(set)
    for pairs in edges.values():
        for s_, o_ in pairs:
            objects_of[s_].add(o_)
    nodes_of = defaultdict(set)
    nodes_of_year = defaultdict(set)
    for x, ns in notation.items():
        ys = years(x)
        for n_ in ns:
            nodes_of[n_].add(x)
            for y in ys:
                nodes_of_year[(n_, y)].add(x)

    report = []
    # 1. mentions: what each file's own node cites or links to
    mtp = mfp = mfn = 0
    for f, g in files.items():
        gold_c = {canon(x) for x in g['cites']}
        opt = {canon(x) for x in g.get('optionalCites', [])}
        nodes = self_nodes[f]
        if not nodes:
            report.append(f"  {f}: no node has dcterms:source ending with this file name")
        cited = {o for s in nodes for o in objects_of.get(s, ())} - nodes
        found, extra = set(), set()
        for o in cited:
            ks = keys(o) - {self_key[f]}
            if not ks:
                continue  # a node without notation (an unnumbered document): not scored
            if ks & (gold_c | opt):
                found |= ks & gold_c
            else:
                extra |= ks
        tp, fp, fn = len(found), len(extra), len(gold_c - found)
        mtp, mfp, mfn = mtp + tp, mfp + fp, mfn + fn
        if verbose or fn or fp:
            report.append(f"  {f}: cites tp={tp} fp={fp} fn={fn}"
                          + (f" missing={sorted(gold_c - found)}" if fn else "")
                          + (f" extra={sorted(extra)}" if fp else ""))

    # 2. typed links between documents, over the whole corpus
    gold_l, opt_l = {}, set()
    for f, g in files.items():
        def end(x):
            return self_key[f] if x == 'self' else canon(x)
        for l in g['links']:
            accept = {link_key(end(l['from']), r, end(l['to'])) for r in [l['rel']] + l.get('alt', [])}
            gold_l[link_key(end(l['from']), l['rel'], end(l['to']))] = accept
        for l in g.get('optionalLinks', []):
            opt_l.add(link_key(end(l['from']), l['rel'], end(l['to'])))
    acceptable = set().union(*gold_l.values()) if gold_l else set()
    sys_keys, fp_edges = set(), set()
    accepted_or_optional = acceptable | opt_l  # indexed: built once, not per edge
    for rel in TYPED:
        for s, o in edges.get(rel, ()):
            ks = {link_key(a, rel, b) for a in keys(s) for b in keys(o)}
            if not ks:
                continue  # an end without notation (an unnumbered document): not scored
            sys_keys |= ks
            if not ks & accepted_or_optional:
                fp_edges.add(min(ks, key=str))
    tp_l = [g for g, acc in gold_l.items() if acc & sys_keys]
    fn_l = [g for g, acc in gold_l.items() if not acc & sys_keys]
    fp_l = sorted(fp_edges, key=str)
    lp, lr, lf = prf(len(tp_l), len(fp_l), len(fn_l))
    for k in sorted(fn_l, key=str):
        report.append(f"  missing link: {fmt(k)}")
    for k in fp_l:
        report.append(f"  extra link:   {fmt(k)}")

    # 3. metadata of the documents the texts describe
    mok = mall = 0
    checks = []
    for k, d in gold.get('docs', {}).items():
        checks.append((canon(k), d, None))
    for f, g in files.items():
        if g.get('self'):
            checks.append((self_key[f], g['self'], f))
    for k, d, f in checks:
        if f:
            nodes = self_nodes[f]
        else:
            n_, y_ = split_key(k)
            nodes = nodes_of.get(n_, set()) if y_ is None else nodes_of_year.get((n_, y_), set())
        for what, want, have in (('date', d.get('date'), issued), ('type', d.get('type'), types)):
            if not want:
                continue
            wants = want if isinstance(want, list) else [want]
            mall += 1
            ok = any(w in have.get(x, ()) for x in nodes for w in wants)
            mok += ok
            if not ok:
                got = sorted({v for x in nodes for v in have.get(x, ())})
                report.append(f"  {k}{' (' + f + ')' if f else ''}: {what} want {want}, got "
                              + (str(got) if nodes else 'no node'))
    meta = mok / mall if mall else 1.0

    mp, mr, mf = prf(mtp, mfp, mfn)
    print("\n".join(report))
    print(f"nodes with a notation: {len(notation)}; triples read: {read}")
    print(f"mentions P={mp:.3f} R={mr:.3f} F1={mf:.3f} | links P={lp:.3f} R={lr:.3f} F1={lf:.3f} "
          f"| metadata {mok}/{mall}={meta:.3f}")
    ok = (mf >= mins.get('--min-mention-f1', 0) and lf >= mins.get('--min-link-f1', 0)
          and meta >= mins.get('--min-meta', 0))
    return 0 if ok else 1


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
