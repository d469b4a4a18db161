/*
 * stikg pages: what every static page shares. The label language (?lang=, remembered in the cookie the
 * server's entity pages read too), the words of the pages in en/ko/ja, SPARQL SELECT against this server's
 * endpoint, and DOM/SVG builders that only ever insert data as text.
 */
(function () {
  'use strict';

  const LANGS = ['en', 'ko', 'ja'];
  const COOKIE = 'stikg-lang';

  const TEXT = {
    'nav.query': ['Query', '질의', 'クエリ'],
    'nav.technology': ['Technology areas', '기술 영역', '技術領域'],
    'nav.investment': ['Investment', '투자', '投資'],
    'library': ['Query library', '질의 모음', 'クエリ集'],
    'library.hint': ['Pick a question to load it into the editor; change a parameter first if you like.',
      '질문을 고르면 편집기에 불러옵니다. 먼저 매개변수를 바꿀 수도 있습니다.',
      '質問を選ぶとエディタに読み込みます。先にパラメータを変えることもできます。'],
    'library.search': ['Search the library', '질의 검색', 'クエリを検索'],
    'library.nothing': ['No query matches.', '맞는 질의가 없습니다.', '該当するクエリがありません。'],
    'library.empty': ['The library is empty.', '질의 모음이 비어 있습니다.', 'クエリ集は空です。'],
    'open': ['Open', '열기', '開く'],
    'run': ['Run', '실행', '実行'],
    'share': ['Copy link', '링크 복사', 'リンクをコピー'],
    'share.copied': ['Link copied: it opens this query.', '링크를 복사했습니다: 이 질의를 엽니다.', 'リンクをコピーしました: このクエリを開きます。'],
    'download': ['Download', '내려받기', 'ダウンロード'],
    'needsInference': ['uses the inferred graph', '추론 그래프 사용', '推論グラフを使用'],
    'loading': ['Loading…', '불러오는 중…', '読み込み中…'],
    'error': ['Could not load: ', '불러오지 못했습니다: ', '読み込めませんでした: '],
    'truncated': ['Only the first {n} results are shown: the answer reached the server\'s limit. Narrow the query, or use the dump (/stikg/get?default).',
      '처음 {n}개 결과만 보입니다: 응답이 서버 한도에 닿았습니다. 질의를 좁히거나 전체 덤프(/stikg/get?default)를 쓰십시오.',
      '最初の{n}件だけを表示しています: 応答がサーバーの上限に達しました。クエリを絞るか、全体ダンプ（/stikg/get?default）を使ってください。'],
    'openQuery': ['Open this view\'s query in the editor', '이 화면의 질의를 편집기에서 열기', 'この画面のクエリをエディタで開く'],
    'tech.title': ['Technology areas of a plan', '계획의 기술 영역', '計画の技術領域'],
    'tech.intro': ['The technology areas a plan names, grouped by its categories (a box inside another is a sub-category: every area in it also belongs to the outer one), with example technologies and the agencies behind each area through the programmes they own, fund, lead or implement.',
      '계획이 정한 기술 영역을 범주별로 묶어 보여 줍니다(안쪽 상자는 하위 범주로, 그 안의 영역은 바깥 범주에도 속합니다). 예시 기술과, 소관·지원·주관·시행하는 프로그램을 통해 각 영역을 맡은 기관도 함께 보입니다.',
      '計画が定める技術領域をカテゴリ別に示します（内側の枠は下位カテゴリで、その領域は外側のカテゴリにも属します）。例示技術と、所管・資金配分・主導・実施するプログラムを通じて各領域を担う機関も示します。'],
    'tech.plan': ['Plan', '계획', '計画'],
    'tech.none': ['No plan in the graph has a technology scheme.', '기술 분류체계를 가진 계획이 없습니다.', '技術分類を持つ計画がありません。'],
    'tech.uncategorised': ['Not in a category', '범주 없음', 'カテゴリなし'],
    'tech.agencies': ['Agencies behind each area', '영역별 담당 기관', '領域ごとの担当機関'],
    'tech.matrix.none': ['No agency is linked to these areas yet.', '아직 이 영역들과 연결된 기관이 없습니다.', 'これらの領域に結び付いた機関はまだありません。'],
    'tech.via': ['via', '경유', '経由'],
    'inv.title': ['Investment targets against actuals', '투자 목표 대비 실적', '投資目標と実績'],
    'inv.intro': ['The money figures the plans state: each plan\'s targets (light bars) next to what was actually spent (dark bars), by plan edition. Percentages are actuals against the target of the same plan and indicator.',
      '계획에 적힌 금액 지표입니다. 계획 차수별로 목표(옅은 막대)와 실제 투자 실적(진한 막대)을 나란히 보여 줍니다. 백분율은 같은 계획·지표의 목표 대비 실적입니다.',
      '計画に記された金額の指標です。計画の期ごとに目標（薄い棒）と実績（濃い棒）を並べて示します。百分率は同じ計画・指標の目標に対する実績です。'],
    'inv.none': ['No plan in the graph states an amount.', '금액을 적은 계획이 없습니다.', '金額を記した計画がありません。'],
    'inv.target': ['Target', '목표', '目標'],
    'inv.actual': ['Actual', '실적', '実績'],
    'inv.plan': ['Plan', '계획', '計画'],
    'inv.kind': ['Kind', '구분', '区分'],
    'inv.indicator': ['Indicator', '지표', '指標'],
    'inv.period': ['Period', '기간', '期間'],
    'inv.amount': ['Amount', '금액', '金額'],
    'inv.figure': ['Figure', '지표값', '指標値'],
    'inv.estimate': ['estimate', '추정', '推定'],
    'inv.total': ['overall', '전체', '全体'],
    'views': ['Views', '보기', 'ビュー'],
  };

  function t(key, lang) {
    const v = TEXT[key];
    if (!v) return key;
    return v[Math.max(0, LANGS.indexOf(lang || currentLang()))] || v[0];
  }

  function readCookie() {
    const m = document.cookie.match(/(?:^|;\s*)stikg-lang=([a-z]{2})/);
    return m && LANGS.includes(m[1]) ? m[1] : null;
  }

  function writeCookie(lang) {
    document.cookie = COOKIE + '=' + lang + '; path=/; max-age=31536000; samesite=lax';
  }

  let chosen = null;

  /** ?lang= (remembered), else the remembered language, else the browser's, else English. */
  function currentLang() {
    if (chosen) return chosen;
    const asked = new URLSearchParams(window.location.search).get('lang');
    if (asked && LANGS.includes(asked)) {
      writeCookie(asked);
      chosen = asked;
      return chosen;
    }
    const remembered = readCookie();
    if (remembered) {
      chosen = remembered;
      return chosen;
    }
    for (const l of navigator.languages || []) {
      const base = l.toLowerCase().split('-')[0];
      if (LANGS.includes(base)) {
        chosen = base;
        return chosen;
      }
    }
    chosen = 'en';
    return chosen;
  }

  const listeners = [];

  function setLang(lang) {
    if (!LANGS.includes(lang)) return;
    chosen = lang;
    writeCookie(lang);
    const url = new URL(window.location.href);
    url.searchParams.set('lang', lang);
    window.history.replaceState(null, '', url.pathname + url.search + url.hash);
    markLang();
    listeners.forEach((f) => f(lang));
  }

  function onLangChange(f) {
    listeners.push(f);
  }

  function markLang() {
    const lang = currentLang();
    document.documentElement.lang = lang;
    document.querySelectorAll('nav.langs a[data-lang]').forEach((a) => {
      const on = a.dataset.lang === lang;
      a.classList.toggle('current', on);
      if (on) a.setAttribute('aria-current', 'true'); else a.removeAttribute('aria-current');
    });
    document.querySelectorAll('[data-t]').forEach((e) => { e.textContent = t(e.dataset.t, lang); });
  }

  function wireLangSwitch() {
    document.querySelectorAll('nav.langs a[data-lang]').forEach((a) => {
      a.addEventListener('click', (ev) => {
        ev.preventDefault();
        setLang(a.dataset.lang);
      });
    });
    markLang();
  }

  /** Builds an element; attributes are set as attributes, children strings become text nodes. */
  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    setAll(e, attrs, children);
    return e;
  }

  function svg(tag, attrs, ...children) {
    const e = document.createElementNS('http://www.w3.org/2000/svg', tag);
    setAll(e, attrs, children);
    return e;
  }

  function setAll(e, attrs, children) {
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === 'text') e.textContent = String(v);
      else if (k.startsWith('on') && typeof v === 'function') e.addEventListener(k.substring(2), v);
      else e.setAttribute(k, String(v));
    }
    for (const c of children.flat()) {
      if (c === null || c === undefined || c === false) continue;
      e.appendChild(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
    }
  }

  let sitePromise = null;

  /** The site's settings and query library (/api/queries): endpoint, id base, queries. */
  function site() {
    if (!sitePromise) {
      sitePromise = fetch('/api/queries', { headers: { Accept: 'application/json' } }).then((r) => {
        if (!r.ok) throw new Error('/api/queries: HTTP ' + r.status);
        return r.json();
      });
    }
    return sitePromise;
  }

  /** Runs a SELECT on this server's endpoint; resolves to the bindings (one object per row). */
  async function select(query) {
    const s = await site();
    const r = await fetch(s.endpoint, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/sparql-results+json' },
      body: new URLSearchParams({ query: query }).toString(),
    });
    if (!r.ok) throw new Error('SPARQL: HTTP ' + r.status + ' ' + (await r.text()).slice(0, 300));
    const json = await r.json();
    return json.results.bindings;
  }

  /** An IRI that can go between < > in a query, or null. */
  function safeIri(iri) {
    return typeof iri === 'string' && /^[^<>"{}|\\^`\s]+$/.test(iri) ? iri : null;
  }

  /** The names of IRIs by language: Map iri -> {lang: text}. */
  async function labels(iris) {
    const list = [...new Set(iris.map(safeIri).filter(Boolean))];
    const out = new Map();
    for (let i = 0; i < list.length; i += 200) {
      const chunk = list.slice(i, i + 200);
      const rows = await select('PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n'
        + 'SELECT DISTINCT ?x ?l WHERE { VALUES ?x { ' + chunk.map((x) => '<' + x + '>').join(' ')
        + ' } ?x rdfs:label ?l }');
      for (const row of rows) {
        const m = out.get(row.x.value) || {};
        const lang = row.l['xml:lang'] || '';
        if (!(lang in m)) m[lang] = row.l.value;
        out.set(row.x.value, m);
      }
    }
    return out;
  }

  /** {text, lang} of a name map in the reader's language, else English, Korean, Japanese, any. */
  function pick(names, lang, fallback) {
    if (names) {
      for (const l of [lang, 'en', 'ko', 'ja', '']) {
        if (l in names) return { text: names[l], lang: l };
      }
      const any = Object.keys(names)[0];
      if (any !== undefined) return { text: names[any], lang: any };
    }
    return { text: fallback, lang: '' };
  }

  /** The page of an entity on this server, or null for an IRI outside the graph's id space. */
  function entityHref(iri, idBase) {
    if (!iri || !idBase || !iri.startsWith(idBase) || iri.length === idBase.length) return null;
    return '/id/' + iri.substring(idBase.length).split('/').map(encodeURIComponent).join('/');
  }

  function localName(iri, idBase) {
    if (idBase && iri.startsWith(idBase)) return iri.substring(idBase.length);
    const m = iri.match(/[#/]([^#/]+)$/);
    return m ? m[1] : iri;
  }

  /** A link to the query page that opens a query in the editor (YASGUI reads the fragment). */
  function editorLink(query) {
    return '/#query=' + encodeURIComponent(query);
  }

  window.stikg = {
    t, currentLang, setLang, onLangChange, wireLangSwitch, el, svg, site, select, labels, pick, safeIri,
    entityHref, localName, editorLink,
  };

  document.addEventListener('DOMContentLoaded', wireLangSwitch);
})();
