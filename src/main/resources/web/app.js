// The lineage explorer: a client of the public SPARQL endpoint, nothing more. Every string from the data is put
// into the page as a text node (never as HTML), so a title holding "<script>" stays text. Every query binds the
// document it is about, so a view fetches what it shows, whatever the size of the store.
'use strict';

const ENDPOINT = '/lineage/sparql';
const ID = 'https://w3id.org/vn-directive/id/';
const CLOSURE = '<https://w3id.org/vn-directive/graph/lineage-closure>';
const PREFIXES = `PREFIX vnd: <https://w3id.org/vn-directive/ontology#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX text: <http://jena.apache.org/text#>
`;
const LINEAGE_RELS = ['implements', 'continues', 'reviews', 'guides'];
const LINEAGE = LINEAGE_RELS.map((r) => 'vnd:' + r).join(' ');
const TYPED = LINEAGE + ' vnd:basedOn vnd:associatedWith vnd:amends vnd:replaces';
const COLORS = { implements: '#1f6fb2', continues: '#2e8b57', reviews: '#b8860b', guides: '#7b4fa0',
  basedOn: '#777777', associatedWith: '#c0504d', amends: '#555', replaces: '#000' };
const REL_NAMES = { implements: ['thực hiện', 'implements'], continues: ['tiếp tục thực hiện', 'continues'],
  reviews: ['sơ kết, tổng kết', 'reviews'], guides: ['hướng dẫn thực hiện', 'guides'], basedOn: ['căn cứ', 'based on'],
  associatedWith: ['gắn với', 'associated with'], amends: ['sửa đổi', 'amends'], replaces: ['thay thế', 'replaces'] };
const LEVELS = ['Central', 'Province', 'District', 'Commune', 'Other'];
const PAGE = 20;
// Up to this many documents below a document, its lineage view fetches the whole tree at once.
const WHOLE_TREE = 300;

const I18N = {
  vi: { title: 'Dòng chảy văn bản chỉ đạo', search: 'Tìm kiếm', sparql: 'SPARQL', endpoint: 'Điểm truy vấn SPARQL',
    searchLabel: 'Tìm văn bản (không cần dấu): số ký hiệu, từ khóa hoặc cơ quan ban hành', go: 'Tìm', noResults: 'Không tìm thấy văn bản nào.',
    type: 'Loại', notation: 'Số, ký hiệu', body: 'Cơ quan ban hành', date: 'Ngày ban hành', term: 'Khóa', title2: 'Trích yếu',
    signer: 'Người ký', place: 'Địa danh', relations: 'Quan hệ với văn bản khác', direction: 'Chiều', out: 'văn bản này →', in: '← tới văn bản này',
    evidence: 'Câu làm chứng', file: 'Tệp nguồn', lineage: 'Sơ đồ dòng chảy', depth: 'Độ sâu', unresolved: 'Lần nhắc chưa xác định',
    ambiguous: 'mơ hồ: có thể là', chainText: 'Danh sách liên kết', relation: 'Quan hệ', document: 'Văn bản', queries: 'Truy vấn mẫu',
    none: '(không có)', Central: 'Trung ương', Province: 'Tỉnh', District: 'Huyện', Commune: 'Xã', Other: 'Khác',
    zoomIn: 'Phóng to', zoomOut: 'Thu nhỏ', fit: 'Vừa khung', more: 'còn {n} văn bản: bấm để mở', edgeHelp: 'Bấm vào một mũi tên để xem câu làm chứng.',
    notFound: 'Không tìm thấy', notFoundDoc: 'Không có văn bản nào mang định danh này trong kho.', notFoundRoute: 'Không có trang này.',
    backToSearch: 'Về trang tìm kiếm', timeout: 'Truy vấn quá thời gian cho phép (503).', badQuery: 'Truy vấn không hợp lệ (400).',
    serverError: 'Máy chủ báo lỗi', exportCsv: 'Tải CSV', exportJson: 'Tải JSON', coverage: 'Độ phủ triển khai',
    coverageOf: 'Độ phủ triển khai của', province: 'Tỉnh, thành phố', district: 'Huyện', lag: 'Sau (ngày)', via: 'Thực hiện qua',
    notFoundCov: 'chưa tìm thấy văn bản', tile: '{n} văn bản, sớm nhất sau {lag} ngày', covSummary: '{p}/{t} tỉnh, thành phố và {d} huyện đã ban hành văn bản triển khai.',
    run: 'Chạy', share: 'Liên kết chia sẻ', copied: 'Đã chép liên kết', params: 'Tham số', level: 'Cấp', year: 'Năm', all: 'Tất cả',
    results: '{n} kết quả', page: 'Trang', prev: '← Trước', next: 'Sau →', didYouMean: 'Có phải bạn muốn tìm:', exact: 'khớp số ký hiệu',
    matchedBody: 'cơ quan ban hành', matchedEvidence: 'được nhắc trong', matchedTitle: 'tiêu đề', filters: 'Lọc',
    rdf: 'Dữ liệu RDF', loading: 'Đang tải…', evidenceFor: 'Căn cứ của liên kết', onPage: 'trang' },
  en: { title: 'Directive lineage', search: 'Search', sparql: 'SPARQL', endpoint: 'SPARQL endpoint',
    searchLabel: 'Find a document (diacritics optional): notation, words or issuing body', go: 'Search', noResults: 'No document found.',
    type: 'Type', notation: 'Notation', body: 'Issued by', date: 'Issued', term: 'Term', title2: 'Title',
    signer: 'Signed by', place: 'Place', relations: 'Relationships', direction: 'Direction', out: 'this document →', in: '← to this document',
    evidence: 'Evidence', file: 'Source file', lineage: 'Lineage view', depth: 'Depth', unresolved: 'Unresolved mentions',
    ambiguous: 'ambiguous: may be', chainText: 'Links as a list', relation: 'Relation', document: 'Document', queries: 'Saved queries',
    none: '(none)', Central: 'Central', Province: 'Province', District: 'District', Commune: 'Commune', Other: 'Other',
    zoomIn: 'Zoom in', zoomOut: 'Zoom out', fit: 'Fit', more: '{n} more documents: click to open', edgeHelp: 'Click an arrow to read its evidence.',
    notFound: 'Not found', notFoundDoc: 'The store holds no document with this identifier.', notFoundRoute: 'There is no such page.',
    backToSearch: 'Back to search', timeout: 'The query ran over its time limit (503).', badQuery: 'The query is not valid (400).',
    serverError: 'The server reported an error', exportCsv: 'Download CSV', exportJson: 'Download JSON', coverage: 'Coverage',
    coverageOf: 'Coverage of', province: 'Province', district: 'District', lag: 'Lag (days)', via: 'Carries out',
    notFoundCov: 'nothing found', tile: '{n} documents, first after {lag} days', covSummary: '{p}/{t} provinces and {d} districts issued something to carry it out.',
    run: 'Run', share: 'Share link', copied: 'Link copied', params: 'Parameters', level: 'Level', year: 'Year', all: 'All',
    results: '{n} results', page: 'Page', prev: '← Previous', next: 'Next →', didYouMean: 'Did you mean:', exact: 'notation matches',
    matchedBody: 'issuing body', matchedEvidence: 'mentioned in', matchedTitle: 'title', filters: 'Filter',
    rdf: 'RDF data', loading: 'Loading…', evidenceFor: 'Evidence of the link', onPage: 'page' },
};
// The saved queries' titles and what they answer, in Vietnamese (the .rq headers are in English). Every saved query
// needs its entry: the browser test opens each one in Vietnamese.
const QUERIES_VI = {
  'upstream-chain': ['Chuỗi nguồn gốc của một văn bản', 'Văn bản này từ đâu mà có? Mọi bước trong dòng chảy (thực hiện, tiếp tục thực hiện, sơ kết, tổng kết, hướng dẫn thực hiện) từ văn bản lên tới chỉ thị của Trung ương, mới nhất trước, kèm tên quan hệ bằng tiếng Việt và tiếng Anh, câu làm chứng và tệp nguồn.'],
  ancestors: ['Các văn bản tổ tiên của một văn bản', 'Văn bản này bắt nguồn từ những văn bản nào, gần hay xa? Mọi văn bản phía trên nó trong dòng chảy (thực hiện, tiếp tục thực hiện, sơ kết, tổng kết, hướng dẫn thực hiện; đọc từ bao đóng đã lưu), kèm số ký hiệu và ngày, cũ nhất trước. Dạng gọn của “Chuỗi nguồn gốc”: mỗi văn bản tổ tiên một lần tra chỉ mục, không kèm câu làm chứng; dành cho chương trình gọi API và danh sách dài.'],
  'downstream-tree': ['Cây triển khai của một chỉ thị', 'Những văn bản nào đã thực hiện chỉ thị này? Mọi văn bản bên dưới nó trong dòng chảy, theo từng cấp (Trung ương, tỉnh, huyện), mỗi văn bản kèm văn bản nó trực tiếp thực hiện và theo quan hệ nào.'],
  'path-between': ['Đường dòng chảy giữa hai văn bản', 'Một văn bản bắt nguồn từ một văn bản khác qua những bước nào? Các bước dòng chảy nằm giữa hai văn bản.'],
  'reviews-of': ['Các văn bản sơ kết, tổng kết một văn bản', 'Ai đã sơ kết, tổng kết văn bản này, khi nào, trong câu nào của tệp nào?'],
  'documents-by-body-year': ['Văn bản theo cơ quan ban hành và năm', 'Đồ thị biết bao nhiêu văn bản của mỗi cơ quan ban hành trong mỗi năm, và là những văn bản nào?'],
  'links-with-evidence': ['Liên kết có kiểu kèm câu làm chứng', 'Mọi liên kết có kiểu mà các văn bản nêu, kèm câu nêu liên kết và tệp chứa câu đó.'],
  'unresolved-mentions': ['Lần nhắc chưa xác định hoặc mơ hồ', 'Những lần nhắc nào chưa gắn được với đúng một văn bản (nhắc tới một văn bản chưa biết, số ký hiệu khớp với nhiều văn bản), chúng ở đâu, và các văn bản ứng viên là những văn bản nào?'],
  'self-link-violation': ['Kiểm tra: văn bản liên kết tới chính nó', 'Kết quả phải trống. Bất kỳ văn bản nào có liên kết có kiểu hoặc trích dẫn tới chính nó.'],
  'implements-before-implemented-violation': ['Kiểm tra: thực hiện một văn bản trước khi văn bản đó ra đời', 'Kết quả phải trống. Một văn bản thực hiện, tiếp tục thực hiện hoặc sơ kết, tổng kết một văn bản ban hành sau nó.'],
  'document-without-type-or-body-violation': ['Kiểm tra: văn bản có số nhưng thiếu loại hoặc cơ quan ban hành', 'Kết quả phải trống. Một văn bản có số ký hiệu nhưng không có loại văn bản hoặc không có cơ quan ban hành.'],
  'coverage-of': ['Độ phủ triển khai của một văn bản Trung ương qua các tỉnh', 'Những tỉnh, thành phố nào (và các huyện của chúng) đã ban hành văn bản để thực hiện văn bản Trung ương này, văn bản gì, khi nào, sau bao nhiêu ngày? Mỗi tỉnh, thành phố có mặt vào ngày ban hành văn bản có một dòng; nơi chưa tìm thấy văn bản nào thì cột văn bản để trống. Đọc từ bao đóng đã lưu, nên cả cây bên dưới văn bản chỉ là một lần tra. Năm giúp phân biệt các văn bản Trung ương trùng số ký hiệu (18-NQ/TW năm 2017 và năm 2022); để trống khi số ký hiệu là đủ.'],
  'implementations-by-level': ['Văn bản triển khai một văn bản Trung ương, theo cấp và tỉnh', 'Mọi văn bản thực hiện văn bản Trung ương này, trực tiếp hay gián tiếp (kế hoạch, chương trình, kế hoạch cấp huyện, văn bản sơ kết, tổng kết), đếm theo cấp của cơ quan ban hành và theo tỉnh, kèm số ký hiệu. Đọc từ bao đóng đã lưu.'],
  'province-year': ['Một tỉnh ban hành gì trong một năm', 'Mọi văn bản các cơ quan của một tỉnh (và của các huyện trong tỉnh) ban hành trong một năm, theo ngày, kèm loại văn bản, cơ quan ban hành và trích yếu.'],
  'links-in-file': ['Các liên kết một tệp nêu', 'Mọi liên kết có kiểu mà một tệp nguồn nêu (thực hiện, tiếp tục thực hiện, sơ kết, tổng kết, hướng dẫn thực hiện, căn cứ, gắn với, sửa đổi, thay thế), kèm từ tín hiệu, câu nêu liên kết và vị trí của câu trong tệp.'],
  'assignments-under': ['Nhiệm vụ được giao dưới một văn bản Trung ương', 'Mỗi cấp đã làm gì với văn bản Trung ương này: mọi nhiệm vụ do các văn bản thực hiện, tiếp tục thực hiện, sơ kết hay hướng dẫn nó (trực tiếp hay gián tiếp) giao, kèm tỉnh và cấp của cơ quan giao, văn bản, loại nhiệm vụ, cơ quan chủ trì, thời hạn và nội dung.'],
  'deadlines-between': ['Nhiệm vụ đến hạn trong một khoảng thời gian', 'Những nhiệm vụ nào đến hạn giữa hai ngày (kể cả hai ngày đó): thời hạn một lần theo ngày cuối (một ngày, hoặc cuối quý, tháng, năm), và thời hạn định kỳ ("trước ngày 15/6 và 15/12 hằng năm") vào mỗi ngày lặp lại trong năm đầu và năm cuối của khoảng; kèm loại, cơ quan chủ trì, thời hạn như in, nội dung và văn bản giao.'],
  'reporting-duties': ['Ai báo cáo ai, bao lâu một lần', 'Mọi nhiệm vụ báo cáo (báo cáo về … qua …): ai báo cáo, gửi cơ quan nào và qua cơ quan nào, bao lâu một lần (mỗi N tháng hay năm) và vào những ngày nào trong năm, hoặc hạn cuối, kèm thời hạn như in và văn bản yêu cầu. Có thể lọc theo tên cơ quan nhận (một phần tên, không phân biệt hoa thường, ví dụ "Sở Nội vụ"); để trống là tất cả.'],
};
// YASGUI's own labels, in Vietnamese.
const YASGUI_VI = { Table: 'Bảng', Response: 'Phản hồi', 'Download result': 'Tải kết quả', 'Show all': 'Hiện tất cả',
  'Filter query results': 'Lọc kết quả', 'Simple view': 'Xem gọn', 'Ellipse': 'Rút gọn', 'Run query': 'Chạy truy vấn',
  'Share query': 'Chia sẻ truy vấn', 'Query aborted': 'Đã hủy truy vấn', 'Show': 'Hiện', 'entries': 'dòng', 'No data available in table': 'Không có dữ liệu',
  'Previous': 'Trước', 'Next': 'Sau', All: 'Tất cả', 'Search:': 'Tìm:', 'Page size:': 'Số dòng một trang:', Query: 'Truy vấn' };

let lang = new URLSearchParams(location.search).get('lang') || localStorage.getItem('lineage.lang') || 'vi';
const t = (k, vars) => String((I18N[lang] && I18N[lang][k]) || k).replace(/\{(\w+)\}/g, (m, n) => (vars && n in vars ? vars[n] : m));
const relName = (rel) => (REL_NAMES[rel] ? REL_NAMES[rel][lang === 'vi' ? 0 : 1] : rel);

// ---------------------------------------------------------------- helpers

class QueryError extends Error {
  constructor(status, message) { super(message); this.status = status; }
}

/** Runs a SELECT; the explorer's prefixes are added unless the query is a saved one (raw), which declares its own. */
async function sparql(query, raw) {
  const r = await fetch(ENDPOINT, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded',
    Accept: 'application/sparql-results+json' }, body: new URLSearchParams({ query: raw ? query : PREFIXES + query }) });
  if (!r.ok) throw new QueryError(r.status, (await r.text()).trim() || r.statusText);
  return (await r.json()).results.bindings;
}
const v = (b, k) => (b && b[k] ? b[k].value : '');
const iriTerm = (iri) => '<' + iri.replace(/[<>"{}|\\^`\s]/g, '') + '>';
const lit = (s) => JSON.stringify(String(s));
const localName = (iri) => String(iri).replace(/^.*[#/]/, '');

function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, val] of Object.entries(attrs || {})) {
    if (val == null || val === false) continue;
    if (k === 'class') e.className = val; else if (k === 'text') e.textContent = val; else e.setAttribute(k, val);
  }
  for (const c of children.flat(Infinity)) if (c != null) e.append(c instanceof Node ? c : document.createTextNode(String(c)));
  return e;
}
const docHref = (iri) => '#/doc/' + encodeURIComponent(iri);
const docLink = (iri, label) => el('a', { href: docHref(iri), 'data-iri': iri }, label || iri);
const relBadge = (rel) => el('span', { class: 'rel', style: 'background:' + (COLORS[rel] || '#555'), 'data-rel': rel }, relName(rel));

/** 2018-08-10 as 10/8/2018 (vi) or 10 Aug 2018 (en); anything else as it is. */
function fmtDate(s) {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s || '');
  if (!m) return s || '';
  const [y, mo, d] = [m[1], +m[2], +m[3]];
  return lang === 'vi' ? `${d}/${mo}/${y}` : `${d} ${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][mo - 1]} ${y}`;
}

function setTitle(...parts) { document.title = [...parts.filter(Boolean), t('title')].join(' · '); }

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

function errorBox(e) {
  const head = e.status === 503 ? t('timeout') : e.status === 400 ? t('badQuery') : e.status ? `${t('serverError')} (${e.status}).` : t('serverError') + '.';
  return el('div', { class: 'error', role: 'alert', 'data-status': e.status || '' }, el('strong', {}, head),
    el('pre', {}, String(e.message || e)));
}

function notFound(what, detail) {
  setTitle(t('notFound'));
  return el('section', { class: 'not-found', id: 'not-found' }, el('h1', {}, t('notFound')), el('p', {}, what),
    detail ? el('p', {}, el('code', {}, detail)) : null, el('p', {}, el('a', { href: '#/' }, t('backToSearch'))));
}

/** Rows as CSV (RFC 4180) or JSON, offered as downloads. */
function exportLinks(name, columns, rows) {
  const csvCell = (s) => (/[",\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s);
  const csv = [columns.join(','), ...rows.map((r) => columns.map((c) => csvCell(String(r[c] ?? ''))).join(','))].join('\r\n') + '\r\n';
  const link = (label, type, content, ext, id) => el('a', { class: 'export', id, download: name + '.' + ext,
    href: URL.createObjectURL(new Blob([content], { type })) }, label);
  return el('p', { class: 'exports' }, link(t('exportCsv'), 'text/csv;charset=utf-8', '\ufeff' + csv, 'csv', 'export-csv'), ' · ',
    link(t('exportJson'), 'application/json', JSON.stringify(rows, null, 1), 'json', 'export-json'));
}

/** A table whose headers sort it (click again to reverse); rows are {key: value} and a render function per column. */
function sortableTable(id, columns, rows, render) {
  const table = el('table', { id, class: 'sortable' });
  const body = el('tbody');
  let sortBy = null, asc = true;
  const head = el('tr', {}, columns.map((c) => {
    const th = el('th', { scope: 'col', 'data-col': c.key, tabindex: 0, 'aria-sort': 'none' }, c.label);
    const sort = () => {
      asc = sortBy === c.key ? !asc : true;
      sortBy = c.key;
      head.querySelectorAll('th').forEach((x) => x.setAttribute('aria-sort', 'none'));
      th.setAttribute('aria-sort', asc ? 'ascending' : 'descending');
      const key = (r) => (typeof r[c.key] === 'number' ? r[c.key] : String(r[c.key] ?? ''));
      rows.sort((a, b) => { const x = key(a), y = key(b); return (x < y ? -1 : x > y ? 1 : 0) * (asc ? 1 : -1); });
      fill();
    };
    th.addEventListener('click', sort);
    th.addEventListener('keydown', (ev) => { if (ev.key === 'Enter') sort(); });
    return th;
  }));
  const fill = () => body.replaceChildren(...rows.map(render));
  fill();
  table.append(el('thead', {}, head), body);
  return table;
}

function applyI18n() {
  document.documentElement.lang = lang;
  document.querySelectorAll('[data-i18n]').forEach((n) => { n.textContent = t(n.dataset.i18n); });
  document.getElementById('lang').textContent = lang === 'vi' ? 'EN' : 'VI';
}

// ---------------------------------------------------------------- search

/** Notations the text may spell, in the store's canonical form: "103KL/TW", "so 103 kl tw", "103-KL-TW" → 103-KL/TW. */
function notationCandidates(text) {
  const f = fold(text).replace(/\bso\b/g, ' ');
  const out = new Set();
  const m = /(\d{1,5})\s*[-\s]?\s*([a-z]{1,6})\s*[\/\s-]\s*([a-z0-9]{1,10})/.exec(f);
  if (m) {
    const nums = new Set([m[1], m[1].replace(/^0+(?=\d)/, ''), m[1].padStart(2, '0')]);
    // A folded "d" may have been "Đ" (QĐ, NĐ, ĐUK): each d is tried both ways.
    const spellings = (s) => s.toUpperCase().split('').reduce((acc, c) => acc.flatMap((p) => (c === 'D' ? [p + 'D', p + 'Đ'] : [p + c])), ['']);
    for (const n of nums) for (const ty of spellings(m[2]).slice(0, 8)) for (const is of spellings(m[3]).slice(0, 8)) {
      out.add(`${n}-${ty}/${is}`);
      out.add(`${n}-${ty[0]}${ty.slice(1).toLowerCase()}/${is}`); // CTr, QĐi
      out.add(`${n}-${ty.slice(0, -1)}${ty.slice(-1).toLowerCase()}/${is}`);
    }
  }
  return [...out];
}

/** Words for the text index: letters and digits split ("103KL" → 103 KL), "số" dropped, type names run together split. */
function luceneWords(text, typeNames) {
  let s = fold(text).replace(/(\d)([a-z])/g, '$1 $2').replace(/([a-z])(\d)/g, '$1 $2');
  for (const n of typeNames) { const joined = n.replace(/\s+/g, ''); if (joined !== n) s = s.replace(new RegExp('\\b' + joined + '\\b', 'g'), n); }
  return s.split(/[\s\-\/,.;:()]+/).map((w) => w.replace(/[+\-&|!(){}\[\]^"~*?:\\]/g, '')).filter((w) => w && w !== 'so');
}

let searchMeta = null;
async function loadSearchMeta() {
  if (searchMeta) return searchMeta;
  const [types, provinces] = await Promise.all([
    sparql(`SELECT ?c ?vi ?en WHERE { ?c vnd:documentClass ?cls ; skos:prefLabel ?vi , ?en FILTER(lang(?vi) = "vi" && lang(?en) = "en") }`),
    sparql(`SELECT DISTINCT ?name WHERE { ?p vnd:level vnd:Province ; vnd:code "TU" ; vnd:jurisdiction ?name
      FILTER NOT EXISTS { ?p org:subOrganizationOf ?up . ?up vnd:level vnd:Province } } ORDER BY ?name`),
  ]);
  searchMeta = { types: types.map((b) => ({ iri: v(b, 'c'), vi: v(b, 'vi'), en: v(b, 'en') })),
    provinces: provinces.map((b) => v(b, 'name')).sort((a, b) => a.localeCompare(b, 'vi')) };
  return searchMeta;
}

function filterPatterns(f) {
  const p = [];
  if (f.level) p.push(`?d vnd:issuedBy/vnd:level vnd:${f.level.replace(/\W/g, '')} .`);
  if (f.type) p.push(`?d vnd:documentType ${iriTerm(f.type)} .`);
  if (f.year) p.push(`?d dcterms:issued ?fy FILTER(YEAR(?fy) = ${parseInt(f.year, 10) || 0})`);
  if (f.province) p.push(`?d vnd:issuedBy/org:subOrganizationOf* ?fp . ?fp vnd:level vnd:Province ; vnd:jurisdiction ${lit(f.province)} .`);
  return p.join('\n');
}

async function searchView(q, params) {
  const view = document.getElementById('view');
  const meta = await loadSearchMeta();
  const f = { level: params.get('level') || '', type: params.get('type') || '', year: params.get('year') || '', province: params.get('province') || '' };
  const page = Math.max(1, parseInt(params.get('page') || '1', 10));
  const input = el('input', { type: 'search', id: 'q', value: q || '', placeholder: 'chi thi 10 · 59-KH/TU · tinh uy lam dong', 'aria-label': t('searchLabel') });
  const select = (name, options) => {
    const s = el('select', { id: 'f-' + name, name, 'aria-label': t(name) }, el('option', { value: '' }, t('all')),
      options.map(([value, label]) => el('option', { value }, label)));
    s.value = f[name];
    return el('label', {}, t(name) + ' ', s);
  };
  const yearInput = el('input', { type: 'number', id: 'f-year', name: 'year', min: 1930, max: 2100, value: f.year, 'aria-label': t('year') });
  const form = el('form', { role: 'search', id: 'search' }, el('label', { for: 'q' }, t('searchLabel')), el('br'), input, ' ',
    el('button', { type: 'submit' }, t('go')),
    el('fieldset', { class: 'filters' }, el('legend', {}, t('filters')),
      select('level', LEVELS.slice(0, 3).map((l) => [l, t(l)])),
      select('province', meta.provinces.map((p) => [p, p])),
      select('type', meta.types.map((ty) => [ty.iri, lang === 'vi' ? ty.vi : ty.en])),
      el('label', {}, t('year') + ' ', yearInput)));
  const go = (pg) => {
    const ps = new URLSearchParams();
    for (const k of ['level', 'province', 'type']) if (form.querySelector('#f-' + k).value) ps.set(k, form.querySelector('#f-' + k).value);
    if (yearInput.value) ps.set('year', yearInput.value);
    if (pg > 1) ps.set('page', pg);
    location.hash = '#/search/' + encodeURIComponent(input.value) + (ps.toString() ? '?' + ps : '');
  };
  form.addEventListener('submit', (e) => { e.preventDefault(); go(1); });
  form.querySelectorAll('select').forEach((s) => s.addEventListener('change', () => go(1)));
  const out = el('div', { id: 'search-out' });
  view.replaceChildren(el('h1', {}, t('search')), form, out);
  setTitle(q ? `"${q}"` : '', t('search'));
  if (!q) input.focus();
  const typeNames = meta.types.map((ty) => fold(ty.vi));
  const words = luceneWords(q || '', typeNames);
  const filters = filterPatterns(f);
  if (!words.length && !filters) return;
  const lq = words.join(' AND ');
  const exactQ = notationCandidates(q || '');
  // Where a document matched: its own label, title or notation; a body that issued it; a sentence that names it.
  // Each branch binds its own variable, so the snippet can prefer the document, then the body, then a sentence.
  const where = lq ? `{ (?d ?score) text:query (${lit(lq)} 5000) . ?d a vnd:Document . BIND(1 AS ?own) }
      UNION { (?b ?score) text:query (${lit(lq)} 5000) . ?b a vnd:Body . ?d vnd:issuedBy ?b . BIND(?b AS ?body) }
      UNION { (?ev ?score) text:query (${lit(lq)} 5000) . ?ev vnd:linkSubject|vnd:linkObject ?d . BIND(?ev AS ?sentence) }`
    : '?d a vnd:Document . BIND(1 AS ?score) BIND(1 AS ?own)';
  const inner = `SELECT ?d (MAX(?score) AS ?s) (MAX(?own) AS ?isOwn) (SAMPLE(?body) AS ?viaBody) (SAMPLE(?sentence) AS ?viaSentence)
    WHERE { ${where} ${filters} } GROUP BY ?d`;
  const [exact, count, rows] = await Promise.all([
    exactQ.length && page === 1 ? sparql(`SELECT DISTINCT ?d WHERE { VALUES ?n { ${exactQ.map(lit).join(' ')} }
      { ?d vnd:notation ?n } UNION { ?d vnd:printedNotation ?n } ?d a vnd:Document . ${filters} } LIMIT 20`) : [],
    sparql(`SELECT (COUNT(*) AS ?n) WHERE { ${inner} }`),
    sparql(`${inner} ORDER BY DESC(?s) ?d LIMIT ${PAGE} OFFSET ${(page - 1) * PAGE}`),
  ]);
  const exactIris = exact.map((b) => v(b, 'd'));
  const hits = [...exactIris.map((d) => ({ d, via: 'exact' })), ...rows.map((b) => ({ d: v(b, 'd'), via: v(b, 'isOwn') ? 'doc' : v(b, 'viaBody') || v(b, 'viaSentence') })).filter((h) => !exactIris.includes(h.d))];
  const total = Math.max(parseInt(v(count[0], 'n') || '0', 10), exactIris.length);
  // A notation no document has: suggestions even when its words found something (they are then weak matches).
  const missedNotation = exactQ.length && !exactIris.length && page === 1 ? exactQ : [];
  if (!hits.length) {
    out.append(el('p', { id: 'no-results' }, t('noResults')));
    await didYouMean(out, words, missedNotation);
    return;
  }
  const info = await sparql(`SELECT ?d (SAMPLE(?l) AS ?label) (SAMPLE(?n) AS ?notation) (SAMPLE(?ty) AS ?type) (SAMPLE(?date) AS ?issued)
      (SAMPLE(?bn) AS ?body) (SAMPLE(?ti) AS ?title) WHERE { VALUES ?d { ${hits.map((h) => iriTerm(h.d)).join(' ')} }
    ?d rdfs:label ?l . OPTIONAL { ?d vnd:notation ?n } OPTIONAL { ?d vnd:documentType/skos:prefLabel ?ty FILTER(lang(?ty) = ${lit(lang)}) }
    OPTIONAL { ?d dcterms:issued ?date } OPTIONAL { ?d vnd:issuedBy/skos:prefLabel ?bn } OPTIONAL { ?d dcterms:title ?ti } } GROUP BY ?d`);
  const vias = hits.filter((h) => h.via.startsWith(ID)).map((h) => iriTerm(h.via));
  const viaText = vias.length ? await sparql(`SELECT ?x ?text ?kind WHERE { VALUES ?x { ${vias.join(' ')} }
    { ?x vnd:sentence ?text BIND("ev" AS ?kind) } UNION { ?x skos:prefLabel ?text BIND("body" AS ?kind) } }`) : [];
  const byIri = new Map(info.map((b) => [v(b, 'd'), b]));
  const viaBy = new Map(viaText.map((b) => [v(b, 'x'), b]));
  out.append(el('p', { id: 'result-count' }, t('results', { n: total.toLocaleString(lang) }),
    total > PAGE ? ` · ${t('page')} ${page}/${Math.ceil(total / PAGE)}` : ''));
  const table = el('table', { id: 'results' }, el('tr', {}, [t('document'), t('type'), t('notation'), t('body'), t('date')].map((h) => el('th', {}, h))));
  for (const h of hits) {
    const b = byIri.get(h.d) || {};
    const via = viaBy.get(h.via);
    const snippet = h.via === 'exact' ? el('span', { class: 'why exact' }, t('exact'))
      : via && v(via, 'kind') === 'body' ? el('span', { class: 'why' }, t('matchedBody') + ': ', highlighted(v(via, 'text'), words))
        : via ? el('span', { class: 'why' }, t('matchedEvidence') + ': ', highlighted(v(via, 'text').slice(0, 240), words))
          : v(b, 'title') ? el('span', { class: 'why' }, highlighted(v(b, 'title').slice(0, 240), words)) : null;
    table.append(el('tr', { class: 'result' + (h.via === 'exact' ? ' exact' : '') },
      el('td', {}, docLink(h.d, v(b, 'label') || h.d), snippet ? el('div', { class: 'snippet' }, snippet) : null),
      el('td', {}, v(b, 'type')), el('td', {}, v(b, 'notation')), el('td', {}, v(b, 'body')), el('td', {}, fmtDate(v(b, 'issued')))));
  }
  out.append(table);
  if (missedNotation.length) await didYouMean(out, words, missedNotation, table);
  if (total > PAGE) {
    const nav = el('nav', { class: 'pager', 'aria-label': t('page') });
    if (page > 1) nav.append(el('button', { type: 'button', id: 'prev' }, t('prev')));
    if (page * PAGE < total) nav.append(el('button', { type: 'button', id: 'next' }, t('next')));
    nav.querySelector('#prev')?.addEventListener('click', () => go(page - 1));
    nav.querySelector('#next')?.addEventListener('click', () => go(page + 1));
    out.append(nav);
  }
}

/** Edits (insert, delete, replace) that turn a into b. */
function editDistance(a, b) {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length];
}

/**
 * Near misses. For a notation no document has ("10-CT/TU" when only 10-CT/TW exists): the notations with the same
 * number whose type and issuer are at most two edits away, nearest first; else labels one edit away from the words
 * (Lucene's fuzzy match).
 */
async function didYouMean(out, words, notations, before) {
  let rows;
  if (notations.length) {
    const [, num, type, issuer] = /^(\d+)-([^/]+)\/(.+)$/.exec(notations[0]);
    const want = fold(`${type}/${issuer}`);
    const near = (w) => fold(w).replace(/[^a-z0-9]/g, '');
    const bare = num.replace(/^0+(?=\d)/, ''), nums = [...new Set([num, bare, bare.padStart(2, '0')])].join(' OR ');
    const found = await sparql(`SELECT ?d (SAMPLE(?l) AS ?label) (SAMPLE(?n) AS ?notation) WHERE {
      (?d ?s) text:query (${lit(`(${nums}) AND ${near(type)}~1 AND ${near(issuer)}~1`)} 200) .
      ?d a vnd:Document ; rdfs:label ?l ; vnd:notation ?n } GROUP BY ?d`);
    rows = found.map((b) => ({ b, n: v(b, 'notation'), m: /^0*(\d+)-(.+)$/.exec(v(b, 'notation')) }))
      .filter((x) => x.m && x.m[1] === bare)
      .map((x) => ({ ...x, dist: editDistance(want, fold(x.m[2])) })).filter((x) => x.dist > 0 && x.dist <= 2)
      .sort((x, y) => x.dist - y.dist || x.n.localeCompare(y.n) || v(x.b, 'd').localeCompare(v(y.b, 'd'))).slice(0, 3).map((x) => x.b);
  } else {
    // A number is kept as typed, however short ("chi thij 10" wants a 10); short words are left out, not guessed.
    const fuzzy = words.filter((w) => w.length >= 3 || /^\d+$/.test(w)).map((w) => (/^\d+$/.test(w) ? w : w + '~1')).join(' AND ');
    if (!fuzzy) return;
    rows = await sparql(`SELECT ?d (SAMPLE(?l) AS ?label) (MAX(?score) AS ?best) WHERE { (?d ?score) text:query (${lit(fuzzy)} 50) .
      ?d a vnd:Document ; rdfs:label ?l } GROUP BY ?d ORDER BY DESC(?best) LIMIT 3`);
  }
  if (rows.length) {
    const p = el('p', { id: 'did-you-mean' }, t('didYouMean') + ' ', rows.map((b, i) => [i ? ', ' : '', docLink(v(b, 'd'), v(b, 'label'))]));
    if (before) out.insertBefore(p, before); else out.append(p);
  }
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
    sparql(`SELECT ?dir ?rel ?other ?otherLabel ?otherType ?otherDate ?otherBody ?sentence ?file ?page ?cue ?otherNotation WHERE {
      VALUES ?p { ${TYPED} }
      { ?ev vnd:linkSubject ${d} ; vnd:linkObject ?other ; vnd:linkRelation ?p . BIND("out" AS ?dir) }
      UNION { ?ev vnd:linkObject ${d} ; vnd:linkSubject ?other ; vnd:linkRelation ?p . BIND("in" AS ?dir) }
      ?ev vnd:sentence ?sentence ; vnd:cue ?cue ; vnd:sourceFile/vnd:fileName ?file .
      OPTIONAL { ?ev vnd:page ?page }
      BIND(STRAFTER(STR(?p), "#") AS ?rel)
      ?other rdfs:label ?otherLabel . OPTIONAL { ?other vnd:notation ?otherNotation } OPTIONAL { ?other dcterms:issued ?otherDate }
      OPTIONAL { ?other vnd:documentType/skos:prefLabel ?otherType FILTER(lang(?otherType) = ${lit(lang)}) }
      OPTIONAL { ?other vnd:issuedBy/skos:prefLabel ?otherBody }
    } ORDER BY ?dir ?rel ?otherLabel ?file`),
    sparql(`SELECT ?printed ?file ?resolution (GROUP_CONCAT(STR(?c); separator=" ") AS ?cands) WHERE {
      ?m vnd:mentionOf ${d} ; vnd:resolution ?resolution ; vnd:printed ?printed ; vnd:sourceFile/vnd:fileName ?file .
      FILTER(?resolution != "resolved") OPTIONAL { ?m vnd:candidate ?c } } GROUP BY ?printed ?file ?resolution`),
  ]);
  if (!meta.length) {
    view.replaceChildren(notFound(t('notFoundDoc'), iri));
    return;
  }
  const m = meta[0];
  setTitle(v(m, 'label'));
  const ownDoc = el('section', { id: 'doc' }, el('h1', {}, v(m, 'label')));
  const dl = el('dl', { class: 'meta' });
  const add = (k, val) => { if (val) dl.append(el('dt', {}, t(k)), el('dd', { 'data-field': k }, val)); };
  add('type', v(m, 'type'));
  add('notation', v(m, 'notation'));
  add('body', bodies.map((b) => v(b, 'name')).join(' ⊂ '));
  add('date', fmtDate(v(m, 'date')));
  add('term', v(m, 'term'));
  add('place', v(m, 'place'));
  add('title2', v(m, 'title'));
  add('signer', [v(m, 'signer'), v(m, 'role')].filter(Boolean).join(', '));
  const year = v(m, 'date').slice(0, 4);
  ownDoc.append(dl, el('p', { class: 'actions' }, el('a', { href: '#/lineage/' + encodeURIComponent(iri), id: 'to-lineage' }, t('lineage')),
    ' · ', el('a', { href: '#/coverage/' + encodeURIComponent(iri), id: 'to-coverage' }, t('coverage')),
    ' · ', el('a', { href: '/doc?iri=' + encodeURIComponent(iri), id: 'to-rdf' }, t('rdf'))));
  if (v(m, 'resolution')) ownDoc.append(el('p', { class: 'warn' }, t('ambiguous') + ' …'));
  // Every link, both ways, one row per file that states it.
  const rows = links.map((b) => ({ direction: v(b, 'dir'), relation: relName(v(b, 'rel')), rel: v(b, 'rel'), other: v(b, 'other'),
    otherLabel: v(b, 'otherLabel'), otherType: v(b, 'otherType'), otherDate: v(b, 'otherDate'), otherBody: v(b, 'otherBody'),
    file: v(b, 'file') + (v(b, 'page') ? ', ' + t('onPage') + ' ' + v(b, 'page') : ''), evidence: v(b, 'sentence'), cue: v(b, 'cue'), otherNotation: v(b, 'otherNotation') }));
  ownDoc.append(el('h2', {}, t('relations') + ` (${rows.length})`));
  if (rows.length) {
    const cols = [['direction', t('direction')], ['relation', t('relation')], ['otherLabel', t('document')], ['otherType', t('type')],
      ['otherDate', t('date')], ['otherBody', t('body')], ['file', t('file')], ['evidence', t('evidence')]].map(([key, label]) => ({ key, label }));
    ownDoc.append(el('div', { class: 'scroll-x' }, sortableTable('relations', cols, rows, (r) => el('tr', { class: 'link', 'data-dir': r.direction, 'data-rel': r.rel },
      el('td', {}, t(r.direction)), el('td', {}, relBadge(r.rel)), el('td', {}, docLink(r.other, r.otherLabel)), el('td', {}, r.otherType),
      el('td', { 'data-sort': r.otherDate }, fmtDate(r.otherDate)), el('td', {}, r.otherBody), el('td', { class: 'file' }, r.file),
      el('td', {}, el('details', { class: 'evidence' }, el('summary', {}, t('evidence')),
        highlighted(r.evidence, [r.cue, r.otherNotation, v(m, 'notation')])))))));
    const exported = rows.map(({ direction, relation, rel, other, otherLabel, otherType, otherDate, otherBody, file, evidence }) =>
      ({ direction, relation, property: 'vnd:' + rel, document: other, label: otherLabel, type: otherType, issued: otherDate, body: otherBody, file, evidence }));
    ownDoc.append(exportLinks('links-' + localName(iri) + (year ? '-' + year : ''),
      ['direction', 'relation', 'property', 'document', 'label', 'type', 'issued', 'body', 'file', 'evidence'], exported));
  } else ownDoc.append(el('p', { id: 'no-links' }, t('none')));
  if (mentions.length) {
    const ul = el('ul', { id: 'unresolved' });
    for (const b of mentions) ul.append(el('li', {}, `${v(b, 'printed')} (${v(b, 'file')}): ${v(b, 'resolution')} ${v(b, 'cands')}`));
    ownDoc.append(el('h2', {}, t('unresolved')), ul);
  }
  view.replaceChildren(ownDoc);
}

// ---------------------------------------------------------------- lineage

/**
 * The lineage of one document, fetched level by level from the document outwards (one query per level and way,
 * each bound to the documents of the level before), so the view costs what it shows. State is kept so "+N" can
 * open a branch in place.
 */
class Lineage {
  constructor(root, depth) {
    this.root = root;
    this.depth = depth;
    this.level = new Map([[root, 0]]); // signed: < 0 upstream, > 0 downstream
    this.edges = new Map(); // "a rel b" → {a, rel, b}, a newer, b older
    this.hidden = new Map(); // iri → {up: n, down: n} not shown
    this.info = new Map();
  }

  /** Links one step from the frontier: upstream from the links among the ancestors (fetched once), downstream by a query. */
  async neighbours(frontier, dir) {
    const known = dir === 'up' ? this.upLinks : this.downLinks;
    if (known) return known.filter((r) => frontier.includes(v(r, 'x')));
    return sparql(`SELECT DISTINCT ?x ?rel ?y WHERE { VALUES ?x { ${frontier.map(iriTerm).join(' ')} } VALUES ?p { ${LINEAGE} }
      ?y ?p ?x BIND(STRAFTER(STR(?p), "#") AS ?rel) }`);
  }

  async step(frontier, dir, k) {
    const rows = await this.neighbours(frontier, dir);
    const next = [];
    for (const r of rows) {
      const x = v(r, 'x'), y = v(r, 'y');
      const [a, b] = dir === 'up' ? [x, y] : [y, x];
      this.edges.set(`${a} ${v(r, 'rel')} ${b}`, { a, rel: v(r, 'rel'), b });
      if (!this.level.has(y)) { this.level.set(y, dir === 'up' ? -k : k); next.push(y); }
    }
    return next;
  }

  async grow(start, dir, from, steps) {
    let frontier = start;
    for (let k = from + 1; k <= from + steps && frontier.length; k++) frontier = await this.step(frontier, dir, k);
    return frontier;
  }

  /** How many documents lie one step beyond each frontier document, not shown. */
  async countHidden(frontier, dir) {
    frontier.forEach((n) => { const h = this.hidden.get(n) || {}; h[dir] = 0; this.hidden.set(n, h); });
    if (!frontier.length) return;
    const known = dir === 'up' ? this.upLinks : this.downLinks;
    if (known) {
      for (const n of frontier) this.hidden.get(n)[dir] = new Set(known.filter((r) => v(r, 'x') === n).map((r) => v(r, 'y'))).size;
      return;
    }
    const rows = await sparql(`SELECT ?x (COUNT(DISTINCT ?y) AS ?n) WHERE { VALUES ?x { ${frontier.map(iriTerm).join(' ')} }
      VALUES ?p { ${LINEAGE} } ${dir === 'up' ? '?x ?p ?y' : '?y ?p ?x'} } GROUP BY ?x`);
    for (const r of rows) this.hidden.get(v(r, 'x'))[dir] = parseInt(v(r, 'n'), 10);
  }

  async load() {
    // Upstream is a chain of a few documents: its links in one lookup of the closure.
    // Downstream too, when the closure says the tree is small; a large tree is fetched level by level.
    const d = iriTerm(this.root);
    const [upLinks, below] = await Promise.all([
      sparql(`SELECT DISTINCT ?x ?rel ?y WHERE { VALUES ?p { ${LINEAGE} }
        { BIND(${d} AS ?x) } UNION { GRAPH ${CLOSURE} { ${d} vnd:lineageAncestor ?x } }
        ?x ?p ?y . GRAPH ${CLOSURE} { ${d} vnd:lineageAncestor ?y } BIND(STRAFTER(STR(?p), "#") AS ?rel) }`),
      sparql(`SELECT (COUNT(*) AS ?n) WHERE { GRAPH ${CLOSURE} { ?x vnd:lineageAncestor ${d} } }`)]);
    this.upLinks = upLinks;
    if (parseInt(v(below[0], 'n'), 10) <= WHOLE_TREE) {
      // Links into the root or into a document below it, written as x (the older end) and y (the newer).
      this.downLinks = await sparql(`SELECT DISTINCT ?x ?rel ?y WHERE { VALUES ?p { ${LINEAGE} }
        { BIND(${d} AS ?x) } UNION { GRAPH ${CLOSURE} { ?x vnd:lineageAncestor ${d} } }
        ?y ?p ?x . BIND(STRAFTER(STR(?p), "#") AS ?rel) }`);
    }
    const [up, down] = await Promise.all([this.grow([this.root], 'up', 0, this.depth), this.grow([this.root], 'down', 0, this.depth)]);
    await Promise.all([this.countHidden(up, 'up'), this.countHidden(down, 'down'), this.fetchInfo()]);
  }

  async expand(iri, dir) {
    const k = Math.abs(this.level.get(iri));
    const next = await this.grow([iri], dir, k, 1);
    this.hidden.get(iri)[dir] = 0;
    await Promise.all([this.countHidden(next, dir), this.fetchInfo()]);
  }

  async fetchInfo() {
    const missing = [...this.level.keys()].filter((n) => !this.info.has(n));
    if (!missing.length) return;
    const rows = await sparql(`SELECT ?d (SAMPLE(?l) AS ?label) (SAMPLE(?n) AS ?notation) (SAMPLE(?ty) AS ?type) (SAMPLE(?date) AS ?issued)
      (SAMPLE(?lv) AS ?lvl) (SAMPLE(?bn) AS ?body) (SAMPLE(?pl) AS ?place) (SAMPLE(?pr) AS ?province) (SAMPLE(?ti) AS ?title) WHERE {
      VALUES ?d { ${missing.map(iriTerm).join(' ')} } ?d rdfs:label ?l .
      OPTIONAL { ?d vnd:notation ?n } OPTIONAL { ?d dcterms:issued ?date } OPTIONAL { ?d dcterms:title ?ti }
      OPTIONAL { ?d vnd:documentType/skos:prefLabel ?ty FILTER(lang(?ty) = ${lit(lang)}) }
      OPTIONAL { ?d vnd:issuedBy ?b . ?b skos:prefLabel ?bn OPTIONAL { ?b vnd:level ?lv } OPTIONAL { ?b vnd:jurisdiction ?pl }
        OPTIONAL { ?b org:subOrganizationOf+ ?pb . ?pb vnd:level vnd:Province ; vnd:jurisdiction ?pr } } } GROUP BY ?d`);
    for (const r of rows) {
      const lvl = localName(v(r, 'lvl'));
      this.info.set(v(r, 'd'), { label: v(r, 'label'), notation: v(r, 'notation'), type: v(r, 'type'), issued: v(r, 'issued'),
        level: LEVELS.includes(lvl) ? lvl : 'Other', body: v(r, 'body'), title: v(r, 'title'),
        place: lvl === 'Central' ? v(r, 'body') : [v(r, 'place'), v(r, 'province')].filter((x, i, a) => x && a.indexOf(x) === i).join(', ') || v(r, 'body') });
    }
    for (const n of missing) if (!this.info.has(n)) this.info.set(n, { label: n, level: 'Other', issued: '' });
  }
}

const SVG = 'http://www.w3.org/2000/svg';
function svgEl(tag, attrs, text) {
  const e = document.createElementNS(SVG, tag);
  for (const [k, val] of Object.entries(attrs || {})) if (val != null) e.setAttribute(k, val);
  if (text != null) e.textContent = text;
  return e;
}

/** Years as fractions: 2018-08-10 → 2018.6; undated → null. */
const yearOf = (s) => { const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s || ''); return m ? +m[1] + (+m[2] - 1) / 12 + (+m[3] - 1) / 365 : null; };

/**
 * The drawing: one shared year axis; a band per level (Trung ương, tỉnh, huyện, xã, other) and, inside a band,
 * as many lanes as it takes for nodes not to overlap. Each node starts at its date. Undated documents stand in a
 * column after the last year.
 */
function drawTimeline(lin, zoom, onNode, onEdge, onMore) {
  const nodeW = 168, nodeH = 50, laneGap = 20, bandGap = 30, left = 92, top = 34;
  const nodes = [...lin.level.keys()];
  const years = nodes.map((n) => yearOf(lin.info.get(n).issued)).filter((y) => y != null);
  const y0 = Math.floor(Math.min(...years, 2020)), y1 = Math.ceil(Math.max(...years, y0 + 1)) + 1;
  const pxYear = 90 * zoom;
  const xOf = (n) => { const y = yearOf(lin.info.get(n).issued); return left + ((y == null ? y1 : y) - y0) * pxYear; };
  const width = left + (y1 - y0 + 1) * pxYear + nodeW + 20;
  const pos = new Map(), bandTop = {};
  let yTop = top;
  for (const level of LEVELS) {
    const list = nodes.filter((n) => lin.info.get(n).level === level).sort((a, b) => xOf(a) - xOf(b));
    if (!list.length && !['Central', 'Province', 'District'].includes(level)) continue;
    const laneEnd = [];
    for (const n of list) {
      const x = xOf(n);
      let lane = laneEnd.findIndex((end) => end + 8 <= x);
      if (lane < 0) { lane = laneEnd.length; laneEnd.push(0); }
      laneEnd[lane] = x + nodeW;
      pos.set(n, { x, y: yTop + 18 + lane * (nodeH + laneGap) });
    }
    bandTop[level] = [yTop, Math.max(1, laneEnd.length) * (nodeH + laneGap) + 18];
    yTop += bandTop[level][1] + bandGap;
  }
  const height = yTop;
  const svg = svgEl('svg', { class: 'lineage', width, height, viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': t('lineage') });
  const defs = svgEl('defs');
  for (const rel of LINEAGE_RELS) {
    const marker = svgEl('marker', { id: 'arrow-' + rel, viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 7, markerHeight: 7, orient: 'auto-start-reverse' });
    marker.append(svgEl('path', { d: 'M0,0 L10,5 L0,10 z', fill: COLORS[rel] }));
    defs.append(marker);
  }
  svg.append(defs);
  Object.entries(bandTop).forEach(([level, [y, h]], i) => {
    svg.append(svgEl('rect', { x: 0, y, width, height: h, class: 'band', fill: i % 2 ? '#f7f7f4' : '#fdfdfb' }),
      svgEl('text', { x: 6, y: y + 16, class: 'band-label', 'data-level': level }, t(level)));
  });
  const step = pxYear >= 45 ? 1 : pxYear >= 18 ? 2 : 5;
  for (let y = y0; y <= y1; y++) {
    const x = left + (y - y0) * pxYear;
    svg.append(svgEl('line', { x1: x, y1: top - 6, x2: x, y2: height, class: 'year-line' }));
    if ((y - y0) % step === 0) svg.append(svgEl('text', { x: x + 3, y: top - 12, class: 'year' }, y < y1 || years.length === 0 ? String(y) : '?'));
  }
  // Edges first, so nodes stay on top; each with an arrowhead, its relation written on it, and a wide transparent
  // twin that takes the click. An edge never passes under a node: see routeEdges.
  for (const { e, d, mx, my } of routeEdges(lin, pos, nodeW, nodeH)) {
    const g = svgEl('g', { class: 'edge-g', tabindex: 0, role: 'button', 'aria-label': `${lin.info.get(e.a).label} ${relName(e.rel)} ${lin.info.get(e.b).label}` });
    g.append(svgEl('path', { d, class: 'edge-hit' }),
      svgEl('path', { d, class: 'edge', stroke: COLORS[e.rel], 'marker-end': `url(#arrow-${e.rel})`, 'data-rel': e.rel, 'data-from': e.a, 'data-to': e.b }),
      svgEl('text', { x: mx, y: my + 4, class: 'edge-label', 'text-anchor': 'middle', fill: COLORS[e.rel] }, relName(e.rel)));
    g.addEventListener('click', () => onEdge(e));
    g.addEventListener('keydown', (ev) => { if (ev.key === 'Enter') onEdge(e); });
    svg.append(g);
  }
  const clip = (s, n) => (s.length > n ? s.slice(0, n - 1) + '…' : s);
  for (const n of nodes) {
    const p = pos.get(n), info = lin.info.get(n);
    const g = svgEl('g', { class: 'node' + (n === lin.root ? ' root' : ''), 'data-iri': n, 'data-level': info.level, tabindex: 0, role: 'link' });
    g.append(svgEl('title', {}, [info.label, info.place, fmtDate(info.issued), info.title].filter(Boolean).join('\n')),
      svgEl('rect', { x: p.x, y: p.y, width: nodeW, height: nodeH, rx: 6 }),
      svgEl('text', { x: p.x + 6, y: p.y + 15, class: 'n1' }, clip(info.notation ? `${info.type || ''} ${info.notation}`.trim() : info.label, 26)),
      svgEl('text', { x: p.x + 6, y: p.y + 30, class: 'n2' }, clip(info.place || '', 30)),
      svgEl('text', { x: p.x + 6, y: p.y + 44, class: 'n3' }, fmtDate(info.issued) || '?'));
    g.addEventListener('click', () => onNode(n));
    g.addEventListener('keydown', (ev) => { if (ev.key === 'Enter') onNode(n); });
    svg.append(g);
    for (const dir of ['up', 'down']) {
      const count = (lin.hidden.get(n) || {})[dir];
      if (!count) continue;
      const mx = p.x + nodeW - 34, my = dir === 'up' ? p.y - 10 : p.y + nodeH - 6;
      const more = svgEl('g', { class: 'more', 'data-iri': n, 'data-dir': dir, tabindex: 0, role: 'button', 'aria-label': t('more', { n: count }) });
      more.append(svgEl('title', {}, t('more', { n: count })), svgEl('rect', { x: mx, y: my, width: 32, height: 16, rx: 8 }),
        svgEl('text', { x: mx + 16, y: my + 12, 'text-anchor': 'middle' }, '+' + count));
      more.addEventListener('click', (ev) => { ev.stopPropagation(); onMore(n, dir); });
      more.addEventListener('keydown', (ev) => { if (ev.key === 'Enter') onMore(n, dir); });
      svg.append(more);
    }
  }
  return svg;
}

/**
 * Paths for the edges, none under a node other than its two ends. Nodes stand in rows (the lanes of the bands) with
 * free gaps between the rows. An edge leaves its node on the side facing the other end, at its own port (the ports
 * of a side spread along it, ordered by where the other ends are, so edges into one node do not merge). It is a
 * curve when the curve passes no other node; else it runs along the gap next to it, down or up a column that no
 * node of the rows in between stands in, and along the gap next to the other end.
 */
function routeEdges(lin, pos, nodeW, nodeH) {
  const rows = [...new Set([...pos.values()].map((p) => p.y))].sort((x, y) => x - y);
  const row = (n) => rows.indexOf(pos.get(n).y);
  const gapAbove = (i) => (i === 0 ? rows[0] - 9 : (rows[i - 1] + nodeH + rows[i]) / 2);
  const gapBelow = (i) => (i === rows.length - 1 ? rows[i] + nodeH + 9 : gapAbove(i + 1));
  const boxes = [...pos.entries()].map(([n, p]) => ({ n, x: p.x, y: p.y, row: rows.indexOf(p.y) }));
  const clear = (points, e) => points.every(([x, y]) => !boxes.some((b) => b.n !== e.a && b.n !== e.b
    && x > b.x - 2 && x < b.x + nodeW + 2 && y > b.y - 2 && y < b.y + nodeH + 2));
  const edges = [...lin.edges.values()].filter((e) => pos.has(e.a) && pos.has(e.b));
  // The side each end leaves by: towards the other end's row; in one row, side to side if nothing stands between.
  const sides = new Map();
  for (const e of edges) {
    const [ra, rb] = [row(e.a), row(e.b)];
    const [pa, pb] = [pos.get(e.a), pos.get(e.b)];
    const between = boxes.some((b) => b.row === ra && b.x > Math.min(pa.x, pb.x) && b.x < Math.max(pa.x, pb.x));
    sides.set(e, ra > rb ? ['top', 'bottom'] : ra < rb ? ['bottom', 'top']
      : pb.x + nodeW + 16 < pa.x && !between ? ['left', 'right'] : ['top', 'top']);
  }
  const ports = new Map();
  const portKey = (n, side) => n + ' ' + side;
  for (const e of edges) {
    sides.get(e).forEach((side, i) => {
      const k = portKey(i ? e.b : e.a, side);
      if (!ports.has(k)) ports.set(k, []);
      ports.get(k).push({ e, other: pos.get(i ? e.a : e.b) });
    });
  }
  const portAt = (n, side, e) => {
    const list = ports.get(portKey(n, side)).sort((x, y) => x.other.x - y.other.x || x.other.y - y.other.y);
    const i = list.findIndex((x) => x.e === e), p = pos.get(n);
    const f = (i + 1) / (list.length + 1);
    return side === 'top' ? [p.x + nodeW * f, p.y] : side === 'bottom' ? [p.x + nodeW * f, p.y + nodeH]
      : [side === 'left' ? p.x : p.x + nodeW, p.y + nodeH * f];
  };
  /** A column near x that no node of rows lo..hi (exclusive) stands in. */
  const freeColumn = (x, lo, hi) => {
    const blocked = boxes.filter((b) => b.row > lo && b.row < hi).map((b) => [b.x - 8, b.x + nodeW + 8]).sort((p, q) => p[0] - q[0]);
    const merged = [];
    for (const [l, r] of blocked) {
      if (merged.length && l <= merged[merged.length - 1][1]) merged[merged.length - 1][1] = Math.max(merged[merged.length - 1][1], r);
      else merged.push([l, r]);
    }
    const hit = merged.find(([l, r]) => x > l && x < r);
    return !hit ? x : x - hit[0] < hit[1] - x ? hit[0] : hit[1];
  };
  const out = [];
  for (const e of edges) {
    const [sa, sb] = sides.get(e);
    const [ax, ay] = portAt(e.a, sa, e), [bx, by] = portAt(e.b, sb, e);
    // The curve first.
    const c = sa === 'left' ? [[ax, ay], [(ax + bx) / 2, ay], [(ax + bx) / 2, by], [bx, by]]
      : sa === sb ? [[ax, ay], [ax, Math.min(ay, by) - 14], [bx, Math.min(ay, by) - 14], [bx, by]]
        : [[ax, ay], [ax, (ay + by) / 2], [bx, (ay + by) / 2], [bx, by]];
    const curve = Array.from({ length: 41 }, (_, i) => bezier(c, i / 40));
    if (clear(curve, e)) {
      const [mx, my] = bezier(c, 0.5);
      out.push({ e, d: `M${c[0]} C${c[1]} ${c[2]} ${c[3]}`, mx, my: sa === 'left' ? my - 6 : my });
      continue;
    }
    const [ra, rb] = [row(e.a), row(e.b)];
    let pts;
    if (sa === sb) { // one row, something between: along the gap above it
      const g = gapAbove(ra);
      pts = [[ax, ay], [ax, g], [bx, g], [bx, by]];
    } else {
      const up = ra > rb;
      const ga = up ? gapAbove(ra) : gapBelow(ra), gb = up ? gapBelow(rb) : gapAbove(rb);
      const [lo, hi] = up ? [rb, ra] : [ra, rb];
      if (ga === gb) pts = [[ax, ay], [ax, ga], [bx, ga], [bx, by]];
      else if (freeColumn(bx, lo, hi) === bx) pts = [[ax, ay], [ax, ga], [bx, ga], [bx, by]];
      else if (freeColumn(ax, lo, hi) === ax) pts = [[ax, ay], [ax, gb], [bx, gb], [bx, by]];
      else {
        const x = freeColumn((ax + bx) / 2, lo, hi);
        pts = [[ax, ay], [ax, ga], [x, ga], [x, gb], [bx, gb], [bx, by]];
      }
    }
    // The label on the longest level stretch, which runs in a gap.
    const level = pts.slice(1).map((q, i) => [pts[i], q]).filter(([p, q]) => p[1] === q[1]);
    const best = level.sort((x, y) => Math.abs(y[1][0] - y[0][0]) - Math.abs(x[1][0] - x[0][0]))[0] || [pts[0], pts[1]];
    out.push({ e, d: rounded(pts, 8), mx: (best[0][0] + best[1][0]) / 2, my: best[0][1] - 1 });
  }
  return out;
}

/** A point of the cubic Bézier curve with control points c at t. */
function bezier(c, t) {
  const u = 1 - t, w = [u * u * u, 3 * u * u * t, 3 * u * t * t, t * t * t];
  return [0, 1].map((k) => w.reduce((s, wi, i) => s + wi * c[i][k], 0));
}

/** A path through the points with rounded corners. */
function rounded(pts, r) {
  let d = `M${pts[0]}`;
  for (let i = 1; i < pts.length - 1; i++) {
    const [p, q, n] = [pts[i - 1], pts[i], pts[i + 1]];
    const l1 = Math.hypot(q[0] - p[0], q[1] - p[1]), l2 = Math.hypot(n[0] - q[0], n[1] - q[1]);
    const k = Math.min(r, l1 / 2, l2 / 2);
    if (!k) { d += ` L${q}`; continue; }
    d += ` L${q[0] + (p[0] - q[0]) * k / l1},${q[1] + (p[1] - q[1]) * k / l1} Q${q} ${q[0] + (n[0] - q[0]) * k / l2},${q[1] + (n[1] - q[1]) * k / l2}`;
  }
  return d + ` L${pts[pts.length - 1]}`;
}

/** Drag to pan a scrolling box (touch scrolls natively). */
function pannable(box) {
  let start = null;
  box.addEventListener('pointerdown', (e) => {
    if (e.pointerType !== 'mouse' || e.target.closest('g.node, g.edge-g, g.more')) return;
    start = { x: e.clientX, y: e.clientY, l: box.scrollLeft, t: box.scrollTop };
    box.classList.add('panning');
  });
  window.addEventListener('pointermove', (e) => { if (start) { box.scrollLeft = start.l - (e.clientX - start.x); box.scrollTop = start.t - (e.clientY - start.y); } });
  window.addEventListener('pointerup', () => { start = null; box.classList.remove('panning'); });
}

async function lineageView(iri, depth) {
  const view = document.getElementById('view');
  const lin = new Lineage(iri, depth);
  await lin.load();
  if (!lin.info.get(iri) || lin.info.get(iri).label === iri) {
    view.replaceChildren(notFound(t('notFoundDoc'), iri));
    return;
  }
  const rootInfo = lin.info.get(iri);
  setTitle(rootInfo.label, t('lineage'));
  const box = el('div', { class: 'timeline', id: 'timeline' });
  const panel = el('div', { id: 'edge-panel', class: 'edge-panel', 'aria-live': 'polite' }, el('p', { class: 'hint' }, t('edgeHelp')));
  const list = el('ol', { id: 'chain-text' });
  let zoom = 1;
  const fitZoom = () => {
    const years = [...lin.info.values()].map((i) => yearOf(i.issued)).filter((y) => y != null);
    const span = Math.max(2, Math.ceil(Math.max(...years, 2020)) - Math.floor(Math.min(...years, 2020)) + 2);
    return Math.max(0.15, Math.min(1.5, (box.clientWidth - 280) / (span * 90)));
  };
  const showEvidence = async (e) => {
    panel.replaceChildren(el('p', {}, t('loading')));
    const rows = await sparql(`SELECT ?sentence ?cue ?file WHERE { ?ev vnd:linkSubject ${iriTerm(e.a)} ; vnd:linkRelation vnd:${e.rel} ;
      vnd:linkObject ${iriTerm(e.b)} ; vnd:sentence ?sentence ; vnd:cue ?cue ; vnd:sourceFile/vnd:fileName ?file } ORDER BY ?file`);
    const a = lin.info.get(e.a), b = lin.info.get(e.b);
    panel.replaceChildren(el('h3', {}, t('evidenceFor') + ': ', docLink(e.a, a.label), ' ', relBadge(e.rel), ' ', docLink(e.b, b.label)),
      rows.length ? el('ul', {}, rows.map((r) => el('li', { class: 'edge-evidence' }, highlighted(v(r, 'sentence'), [v(r, 'cue'), a.notation, b.notation]),
        el('div', { class: 'file' }, t('file') + ': ' + v(r, 'file'))))) : el('p', {}, t('none')));
  };
  const render = () => {
    const scroll = [box.scrollLeft, box.scrollTop];
    box.replaceChildren(drawTimeline(lin, zoom, (n) => { location.hash = '#/lineage/' + encodeURIComponent(n) + '?depth=' + depth; },
      showEvidence, async (n, dir) => { await lin.expand(n, dir); render(); document.body.dataset.expanded = n; }));
    [box.scrollLeft, box.scrollTop] = scroll;
    list.replaceChildren(...[...lin.edges.values()].sort((x, y) => lin.level.get(x.a) - lin.level.get(y.a)).map((e) =>
      el('li', { 'data-rel': e.rel }, docLink(e.a, lin.info.get(e.a).label), ` — ${relName(e.rel)} → `, docLink(e.b, lin.info.get(e.b).label))));
  };
  const zoomBy = (f) => { zoom = Math.max(0.1, Math.min(4, zoom * f)); render(); };
  const button = (id, label, text, fn) => { const b = el('button', { type: 'button', id, 'aria-label': label, title: label }, text); b.addEventListener('click', fn); return b; };
  const depthInput = el('input', { type: 'number', min: 1, max: 20, value: depth, id: 'depth', 'aria-label': t('depth') });
  depthInput.addEventListener('change', () => { location.hash = '#/lineage/' + encodeURIComponent(iri) + '?depth=' + depthInput.value; });
  const legend = el('p', { class: 'legend' }, LINEAGE_RELS.map((rel) => el('span', {}, relBadge(rel))));
  view.replaceChildren(el('h1', {}, t('lineage') + ': ', docLink(iri, rootInfo.label)),
    el('div', { class: 'toolbar' }, el('label', { for: 'depth' }, t('depth') + ' '), depthInput, ' ',
      button('zoom-out', t('zoomOut'), '−', () => zoomBy(1 / 1.4)), button('zoom-in', t('zoomIn'), '+', () => zoomBy(1.4)),
      button('zoom-fit', t('fit'), t('fit'), () => { zoom = fitZoom(); render(); }), legend),
    box, panel, el('h2', {}, t('chainText')), list);
  pannable(box);
  zoom = Math.min(1, fitZoom());
  render();
  const rootNode = box.querySelector('g.node.root rect');
  if (rootNode) box.scrollLeft = Math.max(0, rootNode.x.baseVal.value - box.clientWidth / 2 + 84);
}

// ---------------------------------------------------------------- coverage

async function coverageView(iri) {
  const view = document.getElementById('view');
  const meta = await sparql(`SELECT ?label ?notation ?date WHERE { ${iriTerm(iri)} rdfs:label ?label ; vnd:notation ?notation .
    OPTIONAL { ${iriTerm(iri)} dcterms:issued ?date } } LIMIT 1`);
  if (!meta.length) { view.replaceChildren(notFound(t('notFoundDoc'), iri)); return; }
  const m = meta[0];
  setTitle(v(m, 'label'), t('coverage'));
  const template = await (await fetch('/queries/coverage-of.rq')).text();
  const rows = await sparql(bindParams(template, { notation: v(m, 'notation'), year: v(m, 'date').slice(0, 4) }), true);
  const byProvince = new Map();
  for (const r of rows) {
    const p = v(r, 'province');
    if (!byProvince.has(p)) byProvince.set(p, []);
    if (v(r, 'document')) byProvince.get(p).push(r);
  }
  const provinces = [...byProvince.keys()].sort((a, b) => a.localeCompare(b, 'vi'));
  const covered = provinces.filter((p) => byProvince.get(p).length);
  const districts = new Set(rows.filter((r) => v(r, 'district')).map((r) => v(r, 'province') + '/' + v(r, 'district')));
  // The matrix: a tile per province, the ones with documents first, each with its count and its first lag.
  const matrix = el('div', { class: 'matrix', id: 'coverage-matrix', role: 'list' });
  for (const p of [...covered, ...provinces.filter((x) => !covered.includes(x))]) {
    const docs = byProvince.get(p);
    const lags = docs.map((r) => parseInt(v(r, 'lagDays'), 10)).filter((x) => !Number.isNaN(x));
    matrix.append(el('div', { class: 'tile' + (docs.length ? ' has' : ' none'), role: 'listitem', 'data-province': p,
      title: docs.map((r) => `${v(r, 'documentNotation')} (${fmtDate(v(r, 'issued'))})`).join('\n') || t('notFoundCov') },
    el('strong', {}, p), docs.length ? el('span', {}, t('tile', { n: new Set(docs.map((r) => v(r, 'document'))).size, lag: lags.length ? Math.min(...lags) : '?' }))
      : el('span', {}, '—'),
    docs.length ? el('ul', {}, [...new Map(docs.map((r) => [v(r, 'document'), r])).values()].map((r) =>
      el('li', {}, v(r, 'district') ? v(r, 'district') + ': ' : '', docLink(v(r, 'document'), v(r, 'documentNotation'))))) : null));
  }
  // The saved query names types and relations in Vietnamese; in English they are looked up.
  const meta2 = await loadSearchMeta();
  const typeName = (vi) => (lang === 'vi' ? vi : (meta2.types.find((ty) => ty.vi === vi) || { en: vi }).en);
  const relByVi = Object.fromEntries(Object.entries(REL_NAMES).map(([k, [vi]]) => [vi, k]));
  const flat = rows.map((r) => ({ province: v(r, 'province'), district: v(r, 'district'), document: v(r, 'document'),
    notation: v(r, 'documentNotation'), type: typeName(v(r, 'type')), issued: v(r, 'issued'),
    lagDays: v(r, 'lagDays') === '' ? '' : parseInt(v(r, 'lagDays'), 10),
    relation: relByVi[v(r, 'relation')] ? relName(relByVi[v(r, 'relation')]) : v(r, 'relation'), via: v(r, 'viaNotation') }));
  // Provinces that issued something first, then the rest, each by name as Vietnamese sorts it.
  flat.sort((a, b) => (a.document ? 0 : 1) - (b.document ? 0 : 1) || a.province.localeCompare(b.province, 'vi')
    || a.district.localeCompare(b.district, 'vi') || a.issued.localeCompare(b.issued));
  const cols = [['province', t('province')], ['district', t('district')], ['notation', t('document')], ['type', t('type')],
    ['issued', t('date')], ['lagDays', t('lag')], ['relation', t('relation')], ['via', t('via')]].map(([key, label]) => ({ key, label }));
  const table = sortableTable('coverage', cols, flat, (r) => el('tr', { class: r.document ? 'has' : 'none' },
    el('td', {}, r.province), el('td', {}, r.district), el('td', {}, r.document ? docLink(r.document, r.notation) : el('em', {}, t('notFoundCov'))),
    el('td', {}, r.type), el('td', {}, fmtDate(r.issued)), el('td', { class: 'num' }, r.lagDays), el('td', {}, r.relation), el('td', {}, r.via)));
  view.replaceChildren(el('h1', {}, t('coverageOf') + ' ', docLink(iri, v(m, 'label'))),
    el('p', { id: 'coverage-summary' }, fmtDate(v(m, 'date')), ' · ', t('covSummary', { p: covered.length, t: provinces.length, d: districts.size })),
    matrix, exportLinks('coverage-' + v(m, 'notation').replace(/\W+/g, '-'), ['province', 'district', 'document', 'notation', 'type', 'issued',
      'lagDays', 'relation', 'via'], flat), el('div', { class: 'scroll-x' }, table),
    el('p', {}, el('a', { href: '#/sparql/coverage-of?' + new URLSearchParams({ notation: v(m, 'notation'), year: v(m, 'date').slice(0, 4) }) }, 'SPARQL: coverage-of.rq')));
}

// ---------------------------------------------------------------- SPARQL editor

/**
 * Binds `# param:` values as the CLI does (Jena's ParameterizedSparqlString.setLiteral): every ?name or $name
 * outside comments, strings and IRIs becomes an escaped string literal.
 */
function bindParams(text, values) {
  return text.replace(/(#[^\n]*)|("(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')|(<[^<>"{}|^`\\\s]*>)|[?$]([A-Za-z_][A-Za-z0-9_]*)/g,
    (m, comment, str, iri, name) => (name && Object.prototype.hasOwnProperty.call(values, name) ? lit(values[name]) : m));
}
// Spaces, not \s: an empty default ('# param: year =') must not run on into the next line.
const paramsOf = (text) => [...text.matchAll(/^#[ \t]*param:[ \t]*(\w+)[ \t]*=[ \t]*(.*?)[ \t]*$/gm)].map((x) => ({ name: x[1], def: x[2] }));

/** In Vietnamese, the header's title and answers lines in Vietnamese: comments only, the query stays the same. */
function localHeader(name, text) {
  const vi = lang === 'vi' && QUERIES_VI[name];
  if (!vi) return text;
  const out = [];
  const wrap = (first, words) => {
    let line = first;
    for (const w of words.split(' ')) {
      if (line.length + w.length > 110 && line.trim() !== '#') { out.push(line); line = '#  '; }
      line += ' ' + w;
    }
    out.push(line);
  };
  let header = true, inAnswers = false;
  for (const line of text.split('\n')) {
    if (header && !line.startsWith('#')) header = false;
    if (!header) out.push(line);
    else if (line.startsWith('# title:')) { out.push('# title: ' + vi[0]); inAnswers = false; }
    else if (line.startsWith('# answers:')) { wrap('# answers:', vi[1]); inAnswers = true; }
    else if (/^#\s*param:/.test(line) || !inAnswers) { out.push(line); inAnswers = false; }
  }
  return out.join('\n');
}

let yasgui = null;
async function sparqlView(name, params) {
  const view = document.getElementById('view');
  const holder = el('div', { id: 'yasgui' });
  const picker = el('select', { id: 'saved', 'aria-label': t('queries') });
  const indexRes = await fetch('/queries/index.json');
  const index = await indexRes.json();
  const shared = params.get('query');
  for (const q of index) picker.append(el('option', { value: q.name }, (lang === 'vi' && QUERIES_VI[q.name] && QUERIES_VI[q.name][0]) || q.title));
  if (shared) picker.prepend(el('option', { value: '' }, '—'));
  if (name && !index.some((q) => q.name === name)) { view.replaceChildren(notFound(t('notFoundRoute'), name)); return; }
  picker.value = shared ? '' : name || index[0].name;
  picker.addEventListener('change', () => { location.hash = '#/sparql/' + picker.value; });
  const template = shared || localHeader(picker.value, await (await fetch('/queries/' + picker.value + '.rq')).text());
  const fields = paramsOf(shared ? '' : template);
  const form = el('form', { id: 'params', class: 'params' }, fields.length ? el('strong', {}, t('params') + ': ') : null,
    fields.map((f) => el('label', {}, f.name + ' ', el('input', { name: f.name, id: 'param-' + f.name, value: params.get(f.name) ?? f.def }))),
    el('button', { type: 'submit', id: 'run' }, t('run')), ' ', el('button', { type: 'button', id: 'share' }, t('share')),
    el('output', { id: 'share-out' }));
  const status = el('div', { id: 'query-status', 'aria-live': 'polite' });
  const title = picker.value ? picker.selectedOptions[0].textContent : 'SPARQL';
  const answers = /^# answers:([\s\S]*?)(?=^#\s*(?:param|title):|^[^#])/m.exec(template);
  const answersText = lang === 'vi' && QUERIES_VI[picker.value] ? QUERIES_VI[picker.value][1] : answers && answers[1].replace(/\n#\s*/g, ' ').trim();
  view.replaceChildren(...[el('h1', {}, 'SPARQL'), el('p', {}, el('label', { for: 'saved' }, t('queries') + ' '), picker),
    answersText && !shared ? el('p', { class: 'answers', id: 'answers' }, answersText) : null, form, status, holder].filter(Boolean));
  setTitle(title, 'SPARQL');
  const values = () => Object.fromEntries(fields.map((f) => [f.name, form.querySelector('#param-' + f.name).value]));
  const bound = () => (shared ? template : bindParams(template, values()));
  localStorage.removeItem('yagui_config');
  // Yasgui must not read or rewrite the URL (the explorer's routes live in the hash), and must fetch nothing from
  // the internet: only the local variable autocompleter, no prefix or vocabulary services.
  yasgui = new Yasgui(holder, { requestConfig: { endpoint: ENDPOINT }, copyEndpointOnNewTab: false, persistenceId: null, populateFromUrl: false,
    yasqe: { value: bound(), autocompleters: ['variables'] } });
  const tab = yasgui.getTab();
  tab.setQuery(bound());
  window.lineageYasgui = yasgui;
  // Runs the bound query itself, so a 503 or 400 shows as an error with the server's message, not an empty table.
  const run = async () => {
    const query = tab.getQuery();
    status.replaceChildren(el('p', {}, t('loading')));
    const started = Date.now();
    const r = await fetch(ENDPOINT, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded',
      Accept: 'application/sparql-results+json,text/turtle;q=0.9' }, body: new URLSearchParams({ query }) });
    const content = await r.text();
    if (!r.ok) { status.replaceChildren(errorBox(new QueryError(r.status, content.trim() || r.statusText))); return; }
    status.replaceChildren();
    tab.getYasr().setResponse({ ok: true, status: r.status, statusText: r.statusText, headers: r.headers, type: r.type, content }, Date.now() - started);
    translateYasgui(holder);
    document.body.dataset.queryDone = String(Date.now());
  };
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    if (!shared) {
      const ps = new URLSearchParams(values());
      history.replaceState(null, '', '#/sparql/' + picker.value + '?' + ps);
      tab.setQuery(bound());
    }
    await run();
  });
  form.querySelector('#share').addEventListener('click', async () => {
    const url = location.origin + location.pathname + (shared || tab.getQuery() !== bound()
      ? '#query=' + encodeURIComponent(tab.getQuery()) : '#/sparql/' + picker.value + '?' + new URLSearchParams(values()));
    form.querySelector('#share-out').replaceChildren(el('input', { readonly: '', id: 'share-url', value: url, size: 40 }));
    try { await navigator.clipboard.writeText(url); form.querySelector('#share-out').append(' ', t('copied')); } catch (ignored) { /* no clipboard: the field shows it */ }
  });
  yasgui.on('queryResponse', (y, tb) => setTimeout(() => {
    const err = tb.getYasr().results && tb.getYasr().results.getError();
    if (err) status.replaceChildren(errorBox(new QueryError(err.status, err.text)));
    translateYasgui(holder);
  }));
  translateYasgui(holder);
  new MutationObserver(() => translateYasgui(holder)).observe(holder, { childList: true, subtree: true });
  // Before YASR's own handlers (which open links in a new window): a document link moves this page.
  holder.addEventListener('click', (e) => {
    const a = e.target.closest('a[href^="#/doc/"]');
    if (a && !e.ctrlKey && !e.metaKey && e.button === 0) { e.preventDefault(); e.stopPropagation(); location.hash = a.getAttribute('href'); }
  }, true);
  // A lineage query can also be seen as the graph: the document its parameter names, in the lineage view.
  const notationField = fields.find((f) => /notation/i.test(f.name));
  if (['upstream-chain', 'downstream-tree', 'path-between', 'ancestors', 'coverage-of'].includes(picker.value) && notationField) {
    const button = el('button', { type: 'button', id: 'as-graph' }, t('lineage'));
    button.addEventListener('click', async () => {
      const hit = await sparql(`SELECT ?d WHERE { ?d vnd:notation ${lit(values()[notationField.name])} } LIMIT 1`);
      if (hit.length) location.hash = '#/lineage/' + encodeURIComponent(v(hit[0], 'd'));
    });
    form.append(' ', button);
  }
  if (params.get('run') !== null || shared) await run();
}

/** YASGUI's English labels in Vietnamese mode (text and tooltips). */
function translateYasgui(root) {
  // Document IRIs in the results link to the document page (also for a middle click or a new tab).
  root.querySelectorAll('.yasr a[href^="' + ID + '"]').forEach((a) => {
    if (/\/(evidence|mention|source|body|doc-type)\//.test(a.href)) return;
    a.setAttribute('href', docHref(a.href));
    a.removeAttribute('target');
  });
  if (lang !== 'vi') return;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const s = n.nodeValue.trim();
    if (YASGUI_VI[s]) n.nodeValue = n.nodeValue.replace(s, YASGUI_VI[s]);
    else if (/^\d+ results? in /.test(s)) n.nodeValue = s.replace(/^(\d+) results? in ([\d.]+) seconds?/, '$1 kết quả trong $2 giây');
  }
  root.querySelectorAll('[placeholder]').forEach((e) => { if (YASGUI_VI[e.placeholder]) e.placeholder = YASGUI_VI[e.placeholder]; });
  root.querySelectorAll('[title]').forEach((e) => { if (YASGUI_VI[e.title]) e.title = YASGUI_VI[e.title]; });
  root.querySelectorAll('[aria-label]').forEach((e) => { const a = e.getAttribute('aria-label'); if (YASGUI_VI[a]) e.setAttribute('aria-label', YASGUI_VI[a]); });
}

// ---------------------------------------------------------------- routing

async function route() {
  applyI18n();
  // YASGUI's share links carry query=… in the hash or in the search part: they open the editor with that query.
  const search = new URLSearchParams(location.search);
  const raw = location.hash.slice(1) || (search.get('query') ? 'query=' + encodeURIComponent(search.get('query')) : '/');
  const [path, qs] = raw.startsWith('query=') ? ['/sparql', raw] : raw.split(/\?(.*)/s);
  const parts = path.split('/').filter(Boolean);
  const params = new URLSearchParams(qs || '');
  const rest = () => decodeURIComponent(parts.slice(1).join('/'));
  const view = document.getElementById('view');
  document.body.dataset.ready = '';
  const started = performance.now();
  try {
    if (parts[0] === 'doc' && parts[1]) await docView(rest());
    else if (parts[0] === 'lineage' && parts[1]) await lineageView(rest(), Math.max(1, Math.min(20, parseInt(params.get('depth') || '6', 10) || 6)));
    else if (parts[0] === 'coverage' && parts[1]) await coverageView(rest());
    else if (parts[0] === 'sparql') await sparqlView(parts[1], params);
    else if (parts.length === 0 || parts[0] === 'search') await searchView(parts[0] === 'search' ? rest() : '', params);
    else view.replaceChildren(notFound(t('notFoundRoute'), '#' + raw));
  } catch (e) {
    view.replaceChildren(errorBox(e));
    setTitle(t('serverError'));
  }
  // The ready mark: the view is drawn. Its time from the route's start is kept for the benchmark.
  document.body.dataset.viewMs = String(Math.round(performance.now() - started));
  document.body.dataset.ready = location.hash;
  performance.mark('lineage-ready');
}

document.getElementById('lang').addEventListener('click', () => {
  lang = lang === 'vi' ? 'en' : 'vi';
  localStorage.setItem('lineage.lang', lang);
  searchMeta = null;
  route();
});
window.addEventListener('hashchange', route);
route();
