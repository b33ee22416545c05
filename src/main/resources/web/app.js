// A first explorer: diacritic-insensitive search over the endpoint's text index. Strings from the data are
// inserted as text nodes, never as HTML.
const ENDPOINT = '/lineage/sparql';

async function sparql(query) {
  const r = await fetch(ENDPOINT, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded',
    'Accept': 'application/sparql-results+json' }, body: new URLSearchParams({ query }) });
  if (!r.ok) throw new Error(await r.text());
  return (await r.json()).results.bindings;
}

function luceneQuery(text) {
  return text.split(/[\s\-\/,.]+/).filter(Boolean).map(w => w.replace(/[+\-&|!(){}\[\]^"~*?:\\]/g, '')).filter(Boolean).join(' AND ');
}

async function search(text) {
  const q = luceneQuery(text);
  if (!q) return [];
  return sparql(`PREFIX text: <http://jena.apache.org/text#>
PREFIX vnd: <https://w3id.org/vn-directive/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?d (SAMPLE(?l) AS ?label) (SAMPLE(?date) AS ?issued) (SAMPLE(?b) AS ?body) (MAX(?score) AS ?s) WHERE {
  (?d ?score) text:query ${JSON.stringify(q)} .
  ?d a vnd:Document ; rdfs:label ?l .
  OPTIONAL { ?d dcterms:issued ?date } OPTIONAL { ?d vnd:issuedBy/skos:prefLabel ?b }
} GROUP BY ?d ORDER BY DESC(?s) LIMIT 50`);
}

function cell(tr, text, href) {
  const td = document.createElement('td');
  if (href) { const a = document.createElement('a'); a.href = href; a.textContent = text; td.appendChild(a); }
  else td.textContent = text || '';
  tr.appendChild(td);
}

document.getElementById('search').addEventListener('submit', async (e) => {
  e.preventDefault();
  const table = document.getElementById('results');
  table.replaceChildren();
  const rows = await search(document.getElementById('q').value);
  for (const b of rows) {
    const tr = document.createElement('tr');
    const iri = b.d.value;
    cell(tr, b.label ? b.label.value : iri, '/doc?iri=' + encodeURIComponent(iri));
    cell(tr, b.issued ? b.issued.value : '');
    cell(tr, b.body ? b.body.value : '');
    table.appendChild(tr);
  }
});
