#!/usr/bin/env python3
"""Times the explorer's views in headless Chromium against a running server, as BENCHMARKS.md reports them.

usage: explorer_bench.py SERVER_URL [RUNS [DIRECTIVE_IRI PLAN_IRI]]
Talks to Debian's chromedriver over the WebDriver protocol (no Python packages needed). For the most implemented
central directive and for a district plan it opens the lineage view, and for the directive the coverage view,
each RUNS times on a fresh page, and prints the bytes the view fetched from the SPARQL endpoint and the time from
the route's start to the page's ready mark (body[data-ready], data-view-ms), median and max. The two documents are
picked by queries over the whole closure (give them to skip that; at 1M start the server with a longer --timeout).
The machine's load average is printed before and after: on a shared machine it says what the times are worth.
"""
import json, statistics, subprocess, sys, time, urllib.parse, urllib.request

ID = 'https://w3id.org/vn-directive/id/'
CLOSURE = '<https://w3id.org/vn-directive/graph/lineage-closure>'
PREFIX = 'PREFIX vnd: <https://w3id.org/vn-directive/ontology#>\n'


def sparql(server, query):
    data = urllib.parse.urlencode({'query': PREFIX + query}).encode()
    req = urllib.request.Request(server + '/lineage/sparql', data=data, headers={'Accept': 'application/sparql-results+json'})
    return json.load(urllib.request.urlopen(req, timeout=1800))['results']['bindings']


def call(base, method, path, body=None):
    req = urllib.request.Request(base + path, method=method, data=json.dumps(body).encode() if body is not None else None,
                                 headers={'Content-Type': 'application/json'})
    return json.load(urllib.request.urlopen(req, timeout=300)).get('value')


def main():
    server, runs = sys.argv[1].rstrip('/'), int(sys.argv[2]) if len(sys.argv) > 2 else 5
    print('load average before:', open('/proc/loadavg').read().strip())
    t0 = time.time()
    if len(sys.argv) > 4:
        top, plan = {'c': {'value': sys.argv[3]}, 'n': {'value': '?'}}, {'d': {'value': sys.argv[4]}, 'n': {'value': '?'}}
    else:
        top, plan = pick(server)
    print(f'picked in {time.time() - t0:.1f} s: directive {top["c"]["value"]} ({top["n"]["value"]} documents below it), '
          f'district plan {plan["d"]["value"]} ({plan["n"]["value"]} ancestors)')
    run_views(server, runs, top, plan)
    print('load average after:', open('/proc/loadavg').read().strip())


def pick(server):
    """The most implemented central directive (most documents below it in the closure), and the district plan below
    it with the most ancestors."""
    top = sparql(server, f'''SELECT ?c ?n WHERE {{ {{ SELECT ?c (COUNT(?d) AS ?n) WHERE {{ GRAPH {CLOSURE} {{ ?d vnd:lineageAncestor ?c }} }}
        GROUP BY ?c ORDER BY DESC(?n) LIMIT 50 }} ?c vnd:issuedBy/vnd:level vnd:Central }} ORDER BY DESC(?n) ?c LIMIT 1''')[0]
    # A district plan below it, with the most ancestors.
    plan = sparql(server, f'''SELECT ?d (COUNT(?a) AS ?n) WHERE {{ GRAPH {CLOSURE} {{ ?d vnd:lineageAncestor <{top["c"]["value"]}> }}
        ?d vnd:issuedBy/vnd:level vnd:District ; vnd:implements ?p . GRAPH {CLOSURE} {{ ?d vnd:lineageAncestor ?a }} }}
        GROUP BY ?d ORDER BY DESC(?n) ?d LIMIT 1''')[0]
    return top, plan


def run_views(server, runs, top, plan):
    driver = subprocess.Popen(['chromedriver', '--port=9519'], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(1.5)
    base = 'http://localhost:9519'
    try:
        caps = {'capabilities': {'alwaysMatch': {'goog:chromeOptions': {'binary': '/usr/bin/chromium', 'args': [
            '--headless=new', '--no-sandbox', '--disable-gpu', '--window-size=1300,1000', '--disable-background-networking']}}}}
        sid = call(base, 'POST', '/session', caps)['sessionId']
        s = f'/session/{sid}'
        views = [('lineage, directive', '/lineage/' + urllib.parse.quote(top['c']['value'], safe='')),
                 ('lineage, district plan', '/lineage/' + urllib.parse.quote(plan['d']['value'], safe='')),
                 ('coverage, directive', '/coverage/' + urllib.parse.quote(top['c']['value'], safe=''))]
        for name, route in views:
            kb, ms, nodes = [], [], 0
            for _ in range(runs + 1):  # the first run warms the server's caches and is not counted
                call(base, 'POST', s + '/url', {'url': 'about:blank'})
                call(base, 'POST', s + '/url', {'url': server + '/#' + route})
                for _ in range(600):
                    if call(base, 'POST', s + '/execute/sync', {'script': 'return document.body.dataset.ready || ""', 'args': []}):
                        break
                    time.sleep(0.05)
                r = call(base, 'POST', s + '/execute/sync', {'script': '''
                    const e = performance.getEntriesByType('resource').filter(x => x.name.includes('/lineage/sparql'));
                    return { bytes: e.reduce((a, x) => a + x.encodedBodySize, 0), requests: e.length,
                      ms: +document.body.dataset.viewMs, nodes: document.querySelectorAll('g.node, #coverage tbody tr').length,
                      error: (document.querySelector('.error') || {}).textContent || '' };''', 'args': []})
                if r['error']:
                    raise SystemExit(f'{name}: {r["error"]}')
                kb.append(r['bytes'] / 1024)
                ms.append(r['ms'])
                nodes = r['nodes']
            kb, ms = kb[1:], ms[1:]
            print(f'{name}: {nodes} nodes/rows, {statistics.median(kb):.1f} KB from the endpoint in {r["requests"]} requests, '
                  f'ready in {statistics.median(ms):.0f} ms median, {max(ms):.0f} ms max ({runs} runs)')
        call(base, 'DELETE', s)
    finally:
        driver.terminate()


if __name__ == '__main__':
    main()
