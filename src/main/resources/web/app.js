// The lineage explorer: a client of the public SPARQL endpoint, nothing more. Every string from the data is put
// into the page as a text node (never as HTML), so a title holding "<script>" stays text.
'use strict';

const ENDPOINT = '/lineage/sparql';
const CLOSURE = '<https://w3id.org/vn-directive/graph/lineage-closure>';
const PREFIXES = `PREFIX vnd: <https://w3id.org/vn-directive/ontology#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX text: <http://jena.apache.org/text#>
`;
const LINEAGE = 'vnd:implements vnd:continues vnd:reviews vnd:guides';
const COLORS = { implements: '#1f6fb2', continues: '#2e8b57', reviews: '#b8860b', guides: '#7b4fa0',
  basedOn: '#777777', associatedWith: '#c0504d', amends: '#555', replaces: '#000' };

const REL_NAMES = { implements: ['thực hiện', 'implements'], continues: ['tiếp tục thực hiện', 'continues'],
  reviews: ['sơ kết, tổng kết', 'reviews'], guides: ['hướng dẫn thực hiện', 'guides'] };
const relName = (rel) => (REL_NAMES[rel] ? REL_NAMES[rel][lang === 'vi' ? 0 : 1] : rel);

const I18N = {
  vi: { title: 'Dòng chảy văn bản chỉ đạo', search: 'Tìm kiếm', sparql: 'SPARQL', endpoint: 'Điểm truy vấn SPARQL',
    searchLabel: 'Tìm văn bản (không cần dấu): số ký hiệu hoặc từ khóa', go: 'Tìm', noResults: 'Không tìm thấy văn bản nào.',
    type: 'Loại', notation: 'Số, ký hiệu', body: 'Cơ quan ban hành', date: 'Ngày ban hành', term: 'Khóa', title2: 'Trích yếu',
    signer: 'Người ký', place: 'Địa danh', outgoing: 'Văn bản này liên kết tới', incoming: 'Văn bản liên kết tới văn bản này',
    evidence: 'Câu làm chứng', file: 'Tệp nguồn', page: 'trang', lineage: 'Sơ đồ dòng chảy', upstream: 'Nguồn gốc (lên trên)',
    downstream: 'Triển khai (xuống dưới)', depth: 'Độ sâu', unresolved: 'Lần nhắc chưa xác định', ambiguous: 'mơ hồ: có thể là',
    chainText: 'Danh sách liên kết', relation: 'Quan hệ', document: 'Văn bản', queries: 'Truy vấn mẫu', none: '(không có)' },
  en: { title: 'Directive lineage', search: 'Search', sparql: 'SPARQL', endpoint: 'SPARQL endpoint',
    searchLabel: 'Find a document (diacritics optional): notation or words', go: 'Search', noResults: 'No document found.',
    type: 'Type', notation: 'Notation', body: 'Issued by', date: 'Issued', term: 'Term', title2: 'Title',
    signer: 'Signed by', place: 'Place', outgoing: 'This document links to', incoming: 'Documents linking here',
    evidence: 'Evidence', file: 'Source file', page: 'page', lineage: 'Lineage view', upstream: 'Upstream (where it came from)',
    downstream: 'Downstream (what carried it out)', depth: 'Depth', unresolved: 'Unresolved mentions', ambiguous: 'ambiguous: may be',
    chainText: 'Links as a list', relation: 'Relation', document: 'Document', queries: 'Saved queries', none: '(none)' },
};
let lang = new URLSearchParams(location.search).get('lang') || localStorage.getItem('lineage.lang') || 'vi';
const t = (k) => (I18N[lang] && I18N[lang][k]) || k;

// ---------------------------------------------------------------- helpers

async function sparql(query) {
  const r = await fetch(ENDPOINT, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded',
    Accept: 'application/sparql-results+json' }, body: new URLSearchParams({ query: PREFIXES + query }) });
  if (!r.ok) throw new Error(await r.text());
  return (await r.json()).results.bindings;
}
const v = (b, k) => (b[k] ? b[k].value : '');
const iriTerm = (iri) => '<' + iri.replace(/[<>"{}|\\^`\s]/g, '') + '>';
const lit = (s) => JSON.stringify(String(s));

function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, val] of Object.entries(attrs || {})) {
    if (k === 'class') e.className = val; else if (k === 'text') e.textContent = val; else e.setAttribute(k, val);
  }
  for (const c of children) if (c != null) e.append(c instanceof Node ? c : document.createTextNode(String(c)));
  return e;
}
const docLink = (iri, label) => el('a', { href: '#/doc/' + encodeURIComponent(iri), 'data-iri': iri }, label || iri);
const relBadge = (rel, vi, en) => el('span', { class: 'rel', style: 'background:' + (COLORS[rel] || '#555'), 'data-rel': rel },
  lang === 'vi' ? vi : en);

/** Folds one char at a time (same length), so matches in the folded text mark the original. */
const fold = (s) => Array.from(s, (c) => (c === 'đ' || c === 'Đ' ? 'd' : c.normalize('NFD').replace(/\p{M}/gu, '')[0] || c)
  .toLowerCase()).join('');

/** The sentence with the given phrases marked; built from text nodes only. */
function highlighted(sentence, phrases) {
  const f = fold(sentence);
  const marks = [];
  for (const p of phrases.filter(Boolean)) {
    const fp = fold(p);
    for (let i = f.indexOf(fp); i >= 0 && fp; i = f.indexOf(fp, i + 1)) marks.push([i, i + fp.length]);
  }
  marks.sort((a, b) => a[0] - b[0]);
  const out = el('span', { class: 'sentence' });
  let pos = 0;
  for (const [s, e] of marks) {
    if (s < pos) continue;
    out.append(document.createTextNode(sentence.slice(pos, s)), el('mark', {}, sentence.slice(s, e)));
    pos = e;
  }
  out.append(document.createTextNode(sentence.slice(pos)));
  return out;
}

function applyI18n() {
  document.documentElement.lang = lang;
  document.querySelectorAll('[data-i18n]').forEach((n) => { n.textContent = t(n.dataset.i18n); });
  document.getElementById('lang').textContent = lang === 'vi' ? 'EN' : 'VI';
}

// ---------------------------------------------------------------- search

function luceneQuery(text) {
  return text.split(/[\s\-\/,.;:()]+/).map((w) => w.replace(/[+\-&|!(){}\[\]^"~*?:\\]/g, '')).filter(Boolean).join(' AND ');
}

async function searchView(q) {
  const view = document.getElementById('view');
  const input = el('input', { type: 'search', id: 'q', value: q || '', placeholder: 'chi thi 10 · 59-KH/TU · sinh hoat chi bo',
    'aria-label': t('searchLabel') });
  const form = el('form', { role: 'search', id: 'search' }, el('label', { for: 'q' }, t('searchLabel')), el('br'), input, ' ',
    el('button', { type: 'submit' }, t('go')));
  form.addEventListener('submit', (e) => { e.preventDefault(); location.hash = '#/search/' + encodeURIComponent(input.value); });
  const table = el('table', { id: 'results' });
  view.replaceChildren(el('h1', {}, t('search')), form, table);
  input.focus();
  const lq = luceneQuery(q || '');
  if (!lq) return;
  const rows = await sparql(`SELECT ?d (SAMPLE(?l) AS ?label) (SAMPLE(?n) AS ?notation) (SAMPLE(?ty) AS ?type)
      (SAMPLE(?date) AS ?issued) (SAMPLE(?b) AS ?body) (MAX(?score) AS ?s) WHERE {
    { (?d ?score) text:query ${lit(lq)} . ?d a vnd:Document }
    UNION { (?ev ?score) text:query ${lit(lq)} . ?ev vnd:linkSubject|vnd:linkObject ?d }
    ?d rdfs:label ?l . OPTIONAL { ?d vnd:notation ?n }
    OPTIONAL { ?d vnd:documentType/skos:prefLabel ?ty FILTER(lang(?ty) = ${lit(lang)}) }
    OPTIONAL { ?d dcterms:issued ?date } OPTIONAL { ?d vnd:issuedBy/skos:prefLabel ?b }
  } GROUP BY ?d ORDER BY DESC(?s) LIMIT 50`);
  table.append(el('tr', {}, el('th', {}, t('document')), el('th', {}, t('type')), el('th', {}, t('notation')),
    el('th', {}, t('body')), el('th', {}, t('date'))));
  for (const b of rows) {
    table.append(el('tr', { class: 'result' }, el('td', {}, docLink(v(b, 'd'), v(b, 'label'))), el('td', {}, v(b, 'type')),
      el('td', {}, v(b, 'notation')), el('td', {}, v(b, 'body')), el('td', {}, v(b, 'issued'))));
  }
  if (!rows.length) table.append(el('tr', {}, el('td', {}, t('noResults'))));
}

// ---------------------------------------------------------------- document

async function docView(iri) {
  const view = document.getElementById('view');
  const d = iriTerm(iri);
  const [meta, bodies, links, mentions] = await Promise.all([
    sparql(`SELECT ?label ?notation ?type ?date ?title ?signer ?role ?place (GROUP_CONCAT(DISTINCT ?tm; separator=", ") AS ?term) ?resolution WHERE {
      ${d} rdfs:label ?label . OPTIONAL { ${d} vnd:notation ?notation }
      OPTIONAL { ${d} vnd:documentType/skos:prefLabel ?type FILTER(lang(?type) = ${lit(lang)}) }
      OPTIONAL { ${d} dcterms:issued ?date } OPTIONAL { ${d} dcterms:title ?title } OPTIONAL { ${d} vnd:signer ?signer }
      OPTIONAL { ${d} vnd:signerRole ?role } OPTIONAL { ${d} vnd:place ?place } OPTIONAL { ${d} vnd:term ?tm }
      OPTIONAL { ${d} vnd:resolution ?resolution }
    } GROUP BY ?label ?notation ?type ?date ?title ?signer ?role ?place ?resolution LIMIT 1`),
    sparql(`SELECT ?b ?name WHERE { ${d} vnd:issuedBy ?own . ?own org:subOrganizationOf* ?b . ?b skos:prefLabel ?name }`),
    sparql(`SELECT ?dir ?rel ?relVi ?relEn ?other ?otherLabel ?otherNotation ?sentence ?file ?page ?cue WHERE {
      { ?ev vnd:linkSubject ${d} ; vnd:linkObject ?other . BIND("out" AS ?dir) }
      UNION { ?ev vnd:linkObject ${d} ; vnd:linkSubject ?other . BIND("in" AS ?dir) }
      ?ev vnd:linkRelation ?p ; vnd:sentence ?sentence ; vnd:cue ?cue ; vnd:sourceFile/vnd:fileName ?file .
      OPTIONAL { ?ev vnd:page ?page }
      ?p rdfs:label ?relVi FILTER(lang(?relVi) = "vi") ?p rdfs:label ?relEn FILTER(lang(?relEn) = "en")
      BIND(STRAFTER(STR(?p), "#") AS ?rel)
      ?other rdfs:label ?otherLabel . OPTIONAL { ?other vnd:notation ?otherNotation }
    } ORDER BY ?dir ?rel ?otherLabel`),
    sparql(`SELECT ?printed ?file ?resolution (GROUP_CONCAT(STR(?c); separator=" ") AS ?cands) WHERE {
      ?m vnd:mentionOf ${d} ; vnd:resolution ?resolution ; vnd:printed ?printed ; vnd:sourceFile/vnd:fileName ?file .
      FILTER(?resolution != "resolved") OPTIONAL { ?m vnd:candidate ?c } } GROUP BY ?printed ?file ?resolution`),
  ]);
  const m = meta[0] || {};
  const ownDoc = el('section', { id: 'doc' }, el('h1', {}, v(m, 'label') || iri));
  const dl = el('dl', { class: 'meta' });
  const add = (k, val) => { if (val) dl.append(el('dt', {}, t(k)), el('dd', { 'data-field': k }, val)); };
  add('type', v(m, 'type'));
  add('notation', v(m, 'notation'));
  add('body', bodies.map((b) => v(b, 'name')).join(' ⊂ '));
  add('date', v(m, 'date'));
  add('term', v(m, 'term'));
  add('place', v(m, 'place'));
  add('title2', v(m, 'title'));
  add('signer', [v(m, 'signer'), v(m, 'role')].filter(Boolean).join(', '));
  ownDoc.append(dl, el('p', {}, el('a', { href: '#/lineage/' + encodeURIComponent(iri), id: 'to-lineage' }, t('lineage')),
    ' · ', el('a', { href: '/doc?iri=' + encodeURIComponent(iri) }, 'RDF')));
  if (v(m, 'resolution')) ownDoc.append(el('p', { class: 'warn' }, t('ambiguous') + ' …'));
  for (const dir of ['out', 'in']) {
    const list = el('ul', { class: 'links', id: 'links-' + dir });
    for (const b of links.filter((x) => v(x, 'dir') === dir)) {
      const details = el('details', { class: 'evidence' }, el('summary', {}, t('evidence')),
        highlighted(v(b, 'sentence'), [v(b, 'cue'), v(b, 'otherNotation'), v(m, 'notation')]),
        el('div', { class: 'file' }, t('file') + ': ' + v(b, 'file') + (v(b, 'page') ? ', ' + t('page') + ' ' + v(b, 'page') : '')));
      list.append(el('li', { class: 'link' }, relBadge(v(b, 'rel'), v(b, 'relVi'), v(b, 'relEn')), ' ',
        docLink(v(b, 'other'), v(b, 'otherLabel')), details));
    }
    if (!list.children.length) list.append(el('li', {}, t('none')));
    ownDoc.append(el('h2', {}, t(dir === 'out' ? 'outgoing' : 'incoming')), list);
  }
  if (mentions.length) {
    const ul = el('ul', { id: 'unresolved' });
    for (const b of mentions) ul.append(el('li', {}, `${v(b, 'printed')} (${v(b, 'file')}): ${v(b, 'resolution')} ${v(b, 'cands')}`));
    ownDoc.append(el('h2', {}, t('unresolved')), ul);
  }
  view.replaceChildren(ownDoc);
}

// ---------------------------------------------------------------- lineage

async function lineageView(iri, depth) {
  const view = document.getElementById('view');
  const d = iriTerm(iri);
  const edges = await sparql(`SELECT DISTINCT ?a ?rel ?b ?dir WHERE {
    VALUES ?p { ${LINEAGE} } ?a ?p ?b . BIND(STRAFTER(STR(?p), "#") AS ?rel)
    { FILTER(?a = ${d} || EXISTS { GRAPH ${CLOSURE} { ${d} vnd:lineageAncestor ?a } }) BIND("up" AS ?dir) }
    UNION { FILTER(?b = ${d} || EXISTS { GRAPH ${CLOSURE} { ?b vnd:lineageAncestor ${d} } }) BIND("down" AS ?dir) }
  }`);
  // Depth from the document: breadth first, each way.
  const level = new Map([[iri, 0]]);
  for (const dir of ['up', 'down']) {
    let frontier = [iri];
    for (let k = 1; k <= depth && frontier.length; k++) {
      const next = [];
      for (const e of edges.filter((x) => v(x, 'dir') === dir)) {
        const from = dir === 'up' ? v(e, 'a') : v(e, 'b'), to = dir === 'up' ? v(e, 'b') : v(e, 'a');
        if (frontier.includes(from) && !level.has(to)) { level.set(to, dir === 'up' ? -k : k); next.push(to); }
      }
      frontier = next;
    }
  }
  const shown = edges.filter((e) => level.has(v(e, 'a')) && level.has(v(e, 'b')));
  const nodes = [...level.keys()];
  const info = nodes.length ? await sparql(`SELECT ?d (SAMPLE(?l) AS ?label) (SAMPLE(?n) AS ?notation) (SAMPLE(?date) AS ?issued)
      (SAMPLE(?lv) AS ?lvl) WHERE { VALUES ?d { ${nodes.map(iriTerm).join(' ')} } ?d rdfs:label ?l .
      OPTIONAL { ?d vnd:notation ?n } OPTIONAL { ?d dcterms:issued ?date } OPTIONAL { ?d vnd:issuedBy/vnd:level ?lv } } GROUP BY ?d`) : [];
  const byIri = new Map(info.map((b) => [v(b, 'd'), b]));
  const band = (n) => ({ Central: 0, Province: 1, District: 2 })[(v(byIri.get(n) || {}, 'lvl').split('#')[1])] ?? 3;
  const year = (n) => parseFloat((v(byIri.get(n) || {}, 'issued') || '0').slice(0, 4)) || null;
  // Bands by level (central, province, district, other); in a band, time runs left to right and wraps into rows,
  // so a tree of hundreds of documents stays readable.
  const W = 1100, nodeW = 120, nodeH = 34, gap = 10, perRow = Math.floor((W - 60) / (nodeW + gap));
  const placed = new Map(), bandTop = [], bandRows = [0, 0, 0, 0];
  const inBand = [[], [], [], []];
  for (const n of nodes) inBand[band(n)].push(n);
  let top = 30;
  inBand.forEach((list, i) => {
    list.sort((a, b) => (year(a) || 0) - (year(b) || 0) || String(v(byIri.get(a) || {}, 'issued')).localeCompare(String(v(byIri.get(b) || {}, 'issued'))));
    bandTop[i] = top;
    list.forEach((n, k) => placed.set(n, { x: 40 + (k % perRow) * (nodeW + gap), y: top + Math.floor(k / perRow) * (nodeH + gap) }));
    bandRows[i] = Math.ceil(list.length / perRow);
    top += Math.max(1, bandRows[i]) * (nodeH + gap) + 40;
  });
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('class', 'lineage');
  svg.setAttribute('width', W);
  svg.setAttribute('height', top);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', t('lineage'));
  const svgEl = (tag, attrs, text) => { const e = document.createElementNS(ns, tag); for (const [k, val] of Object.entries(attrs)) e.setAttribute(k, val); if (text != null) e.textContent = text; return e; };
  ['Trung ương', lang === 'vi' ? 'Tỉnh' : 'Province', lang === 'vi' ? 'Huyện' : 'District'].forEach((name, i) =>
    svg.append(svgEl('text', { x: 4, y: bandTop[i] - 8, fill: '#999', 'font-size': 12 }, name)));
  for (const e of shown) {
    const a = placed.get(v(e, 'a')), b = placed.get(v(e, 'b'));
    svg.append(svgEl('line', { x1: a.x + nodeW / 2, y1: a.y + nodeH / 2, x2: b.x + nodeW / 2, y2: b.y + nodeH / 2,
      stroke: COLORS[v(e, 'rel')] || '#555', 'stroke-width': 2.5, class: 'edge', 'data-rel': v(e, 'rel'),
      'data-from': v(e, 'a'), 'data-to': v(e, 'b') }));
  }
  for (const n of nodes) {
    const p = placed.get(n), b = byIri.get(n) || {};
    const g = svgEl('g', { class: 'node' + (n === iri ? ' root' : ''), 'data-iri': n, tabindex: 0 });
    g.append(svgEl('rect', { x: p.x, y: p.y, width: nodeW, height: nodeH }),
      svgEl('text', { x: p.x + 6, y: p.y + 15, 'font-size': 12 }, v(b, 'notation') || v(b, 'label').slice(0, 18)),
      svgEl('text', { x: p.x + 6, y: p.y + 29, 'font-size': 10, fill: '#666' }, v(b, 'issued')));
    const go = () => { location.hash = '#/lineage/' + encodeURIComponent(n) + '?depth=' + depth; };
    g.addEventListener('click', go);
    g.addEventListener('keydown', (ev) => { if (ev.key === 'Enter') go(); });
    svg.append(g);
  }
  const legend = el('p', { class: 'legend' });
  for (const rel of ['implements', 'continues', 'reviews', 'guides']) {
    legend.append(el('span', {}, el('span', { class: 'rel', style: 'background:' + COLORS[rel] }, relName(rel)), ''));
  }
  const depthInput = el('input', { type: 'number', min: 1, max: 20, value: depth, id: 'depth', 'aria-label': t('depth') });
  depthInput.addEventListener('change', () => { location.hash = '#/lineage/' + encodeURIComponent(iri) + '?depth=' + depthInput.value; });
  const list = el('ol', { id: 'chain-text' });
  for (const e of shown.sort((x, y) => level.get(v(x, 'a')) - level.get(v(y, 'a')))) {
    const la = v(byIri.get(v(e, 'a')) || {}, 'label'), lb = v(byIri.get(v(e, 'b')) || {}, 'label');
    list.append(el('li', { 'data-rel': v(e, 'rel') }, docLink(v(e, 'a'), la), ` — ${relName(v(e, 'rel'))} → `, docLink(v(e, 'b'), lb)));
  }
  view.replaceChildren(el('h1', {}, t('lineage') + ': ', docLink(iri, v(byIri.get(iri) || {}, 'label') || iri)),
    el('p', {}, el('label', { for: 'depth' }, t('depth') + ' '), depthInput), legend, svg,
    el('h2', {}, t('chainText')), list);
}

// ---------------------------------------------------------------- SPARQL editor

let yasgui = null;
async function sparqlView(name) {
  const view = document.getElementById('view');
  const holder = el('div', { id: 'yasgui' });
  const picker = el('select', { id: 'saved', 'aria-label': t('queries') });
  const index = await (await fetch('/queries/index.json')).json();
  for (const q of index) picker.append(el('option', { value: q.name }, q.title));
  picker.value = name || index[0].name;
  picker.addEventListener('change', () => { location.hash = '#/sparql/' + picker.value; });
  view.replaceChildren(el('h1', {}, 'SPARQL'), el('p', {}, el('label', { for: 'saved' }, t('queries') + ' '), picker), holder);
  const text = await (await fetch('/queries/' + picker.value + '.rq')).text();
  localStorage.removeItem('yagui_config');
  // Yasgui must not read or rewrite the URL (the explorer's routes live in the hash), and must fetch nothing from
  // the internet: only the local variable autocompleter, no prefix or vocabulary services.
  yasgui = new Yasgui(holder, { requestConfig: { endpoint: ENDPOINT }, copyEndpointOnNewTab: false, persistenceId: null, populateFromUrl: false,
    yasqe: { value: text, autocompleters: ['variables'] } });
  const tab = yasgui.getTab();
  tab.setQuery(text);
  window.lineageYasgui = yasgui;
  // A lineage query can also be seen as the graph: the document its parameter names, in the lineage view.
  const param = /^#\s*param:\s*(\w*[nN]otation\w*)\s*=\s*(.+)$/m.exec(text);
  if (['upstream-chain', 'downstream-tree', 'path-between'].includes(picker.value) && param) {
    const button = el('button', { type: 'button', id: 'as-graph' }, t('lineage') + ': ' + param[2].trim());
    button.addEventListener('click', async () => {
      const hit = await sparql(`SELECT ?d WHERE { ?d vnd:notation ${lit(param[2].trim())} } LIMIT 1`);
      if (hit.length) location.hash = '#/lineage/' + encodeURIComponent(v(hit[0], 'd'));
    });
    view.insertBefore(el('p', {}, button), holder);
  }
}

// ---------------------------------------------------------------- routing

async function route() {
  applyI18n();
  const [path, qs] = (location.hash.slice(1) || '/').split('?');
  const parts = path.split('/').filter(Boolean);
  const params = new URLSearchParams(qs || '');
  try {
    if (parts[0] === 'doc') await docView(decodeURIComponent(parts.slice(1).join('/')));
    else if (parts[0] === 'lineage') await lineageView(decodeURIComponent(parts.slice(1).join('/')), parseInt(params.get('depth') || '6', 10));
    else if (parts[0] === 'sparql') await sparqlView(parts[1]);
    else await searchView(parts[0] === 'search' ? decodeURIComponent(parts.slice(1).join('/')) : '');
  } catch (e) {
    document.getElementById('view').replaceChildren(el('p', { class: 'warn' }, String(e.message || e)));
  }
  document.body.dataset.ready = location.hash;
}

document.getElementById('lang').addEventListener('click', () => {
  lang = lang === 'vi' ? 'en' : 'vi';
  localStorage.setItem('lineage.lang', lang);
  route();
});
window.addEventListener('hashchange', route);
route();
