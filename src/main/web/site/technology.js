/*
 * /views/technology: the technology-area taxonomy of a plan. Categories are drawn as boxes, a sub-category's
 * box inside its super-category's; each area shows its example technologies and the agencies engaged in it
 * (sti:engagedIn, concluded by the rules from the programmes they own, fund, lead or implement). Below, an
 * agency-by-area matrix drawn as SVG. All data come from SPARQL on this server.
 */
(function () {
  'use strict';
  const { t, el, svg, currentLang, onLangChange, site, select, labels, pick, safeIri, entityHref, localName,
    editorLink } = window.stikg;

  const PREFIXES = 'PREFIX sti: <https://w3id.org/stikg/ontology#>\n'
    + 'PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n'
    + 'PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n';

  const PLANS = PREFIXES + `SELECT DISTINCT ?plan ?scheme ?edition ?series WHERE {
  ?plan sti:technologyScheme ?scheme .
  OPTIONAL { ?plan sti:edition ?edition }
  OPTIONAL { ?plan sti:inSeries ?series }
} ORDER BY ?series DESC(?edition) ?plan`;

  const areasQuery = (scheme) => PREFIXES + `SELECT DISTINCT ?area ?number ?order ?category ?technology WHERE {
  ?area skos:inScheme <${scheme}> ; a sti:TechnologyArea .
  OPTIONAL { ?area sti:number ?number }
  OPTIONAL { ?area sti:order ?order }
  OPTIONAL {
    ?area sti:inCategory ?category .
    # the most specific category: membership of a sub-category implies the super-categories
    FILTER NOT EXISTS { ?area sti:inCategory ?narrower . ?narrower sti:subCategoryOf ?category FILTER(?narrower != ?category) }
  }
  OPTIONAL { ?area sti:exampleTechnology ?technology }
}`;

  const categoriesQuery = (scheme) => PREFIXES + `SELECT DISTINCT ?category ?parent WHERE {
  ?area skos:inScheme <${scheme}> ; sti:inCategory ?category .
  OPTIONAL {
    ?category sti:subCategoryOf ?parent .
    FILTER NOT EXISTS { ?category sti:subCategoryOf ?mid . ?mid sti:subCategoryOf ?parent
                        FILTER(?mid != ?category && ?mid != ?parent) }
  }
}`;

  const agenciesQuery = (scheme) => PREFIXES + `SELECT DISTINCT ?area ?agency ?programme WHERE {
  ?area skos:inScheme <${scheme}> .
  ?agency sti:engagedIn ?area .
  OPTIONAL {
    ?agency sti:runs ?programme .
    { ?programme sti:supports ?area }
    UNION { ?programme sti:supports ?technology . ?technology sti:technologyArea ?area }
    UNION { ?programme sti:usesProgram ?used . ?used sti:supports ?area }
  }
}`;

  const readableQuery = (scheme, lang) => PREFIXES + `# Technology areas of a plan's scheme, their categories, and the agencies engaged in each
SELECT ?area ?areaLabel ?category ?agency ?agencyLabel WHERE {
  ?area skos:inScheme <${scheme}> ; a sti:TechnologyArea .
  OPTIONAL { ?area rdfs:label ?areaLabel FILTER(lang(?areaLabel) = "${lang}") }
  OPTIONAL { ?area sti:inCategory ?category }
  OPTIONAL { ?agency sti:engagedIn ?area OPTIONAL { ?agency rdfs:label ?agencyLabel FILTER(lang(?agencyLabel) = "${lang}") } }
}
ORDER BY ?area ?category ?agency`;

  let settings = null;
  let plans = [];
  let names = new Map();
  let data = null;

  const v = (row, name) => (row[name] ? row[name].value : null);

  function name(iri) {
    return pick(names.get(iri), currentLang(), localName(iri, settings.idBase));
  }

  /** A link to the entity's page, its name in the reader's language. */
  function link(iri, cls) {
    const n = name(iri);
    return el('a', { href: entityHref(iri, settings.idBase) || iri, class: cls || null, lang: n.lang || null, title: iri },
      n.text);
  }

  async function loadPlans() {
    const rows = await select(PLANS);
    plans = rows.map((r) => ({ plan: v(r, 'plan'), scheme: v(r, 'scheme'), edition: v(r, 'edition') }))
      .filter((p) => safeIri(p.scheme));
    names = await labels(plans.flatMap((p) => [p.plan, p.scheme]));
  }

  function renderPlanChoice() {
    const choice = document.getElementById('plan');
    const selected = choice.value;
    choice.replaceChildren(...plans.map((p) => {
      const n = name(p.plan);
      return el('option', { value: p.scheme, lang: n.lang || null }, n.text);
    }));
    if (selected) choice.value = selected;
  }

  async function loadScheme(scheme) {
    const [areaRows, categoryRows, agencyRows] = await Promise.all([
      select(areasQuery(scheme)), select(categoriesQuery(scheme)), select(agenciesQuery(scheme))]);
    const areas = new Map();
    for (const r of areaRows) {
      const iri = v(r, 'area');
      const a = areas.get(iri) || { iri, number: v(r, 'number'), order: v(r, 'order'), categories: new Set(),
        technologies: new Set(), agencies: new Map() };
      if (v(r, 'category')) a.categories.add(v(r, 'category'));
      if (v(r, 'technology')) a.technologies.add(v(r, 'technology'));
      areas.set(iri, a);
    }
    const parents = new Map();
    const categories = new Set();
    for (const r of categoryRows) {
      categories.add(v(r, 'category'));
      if (v(r, 'parent')) parents.set(v(r, 'category'), v(r, 'parent'));
    }
    const agencies = new Set();
    for (const r of agencyRows) {
      const a = areas.get(v(r, 'area'));
      if (!a) continue;
      const agency = v(r, 'agency');
      agencies.add(agency);
      const via = a.agencies.get(agency) || new Set();
      if (v(r, 'programme')) via.add(v(r, 'programme'));
      a.agencies.set(agency, via);
    }
    const iris = [...areas.keys(), ...categories, ...agencies];
    areas.forEach((a) => { iris.push(...a.technologies); a.agencies.forEach((via) => iris.push(...via)); });
    const more = await labels(iris);
    more.forEach((m, k) => names.set(k, m));
    data = { scheme, areas: [...areas.values()], categories, parents, agencies: [...agencies] };
  }

  function areaOrder(a, b) {
    const oa = a.order !== null ? Number(a.order) : Infinity;
    const ob = b.order !== null ? Number(b.order) : Infinity;
    if (oa !== ob) return oa - ob;
    if (a.number && b.number && a.number !== b.number) {
      return a.number.localeCompare(b.number, undefined, { numeric: true });
    }
    return name(a.iri).text.localeCompare(name(b.iri).text);
  }

  function areaCard(a) {
    const card = el('div', { class: 'area', 'data-iri': a.iri });
    card.appendChild(el('div', {}, a.number ? el('span', { class: 'num' }, a.number) : null, link(a.iri, 'name')));
    if (a.technologies.size) {
      card.appendChild(el('ul', { class: 'technologies' },
        [...a.technologies].sort().map((x) => el('li', {}, link(x)))));
    }
    if (a.agencies.size) {
      const chips = el('div', { class: 'chips' });
      [...a.agencies.keys()].sort((x, y) => name(x).text.localeCompare(name(y).text)).forEach((agency) => {
        const via = [...a.agencies.get(agency)].map((p) => name(p).text);
        const n = name(agency);
        chips.appendChild(el('a', { class: 'chip agency', href: entityHref(agency, settings.idBase) || agency,
          lang: n.lang || null, title: via.length ? t('tech.via') + ': ' + via.join(', ') : agency }, n.text));
      });
      card.appendChild(chips);
    }
    return card;
  }

  /** Category boxes, nested by sub-category; the areas of a box are those whose most specific category it is. */
  function renderTaxonomy() {
    const root = document.getElementById('taxonomy');
    root.replaceChildren();
    if (!data.areas.length) {
      root.appendChild(el('p', { class: 'empty', text: t('tech.none') }));
      return;
    }
    const children = new Map();
    const roots = [];
    for (const c of data.categories) {
      const p = data.parents.get(c);
      if (p && data.categories.has(p)) {
        if (!children.has(p)) children.set(p, []);
        children.get(p).push(c);
      } else {
        roots.push(c);
      }
    }
    const own = (c) => data.areas.filter((a) => a.categories.has(c)).sort(areaOrder);
    const box = (c, depth) => {
      const n = name(c);
      const b = el('div', { class: 'cat-box', 'data-iri': c, 'data-depth': depth },
        el('div', { class: 'cat-name' }, el('a', { href: entityHref(c, settings.idBase) || c, lang: n.lang || null }, n.text)));
      const areas = own(c);
      if (areas.length) b.appendChild(el('div', { class: 'areas' }, areas.map(areaCard)));
      (children.get(c) || []).sort().forEach((k) => b.appendChild(box(k, depth + 1)));
      return b;
    };
    roots.sort((x, y) => name(x).text.localeCompare(name(y).text)).forEach((c) => root.appendChild(box(c, 0)));
    const loose = data.areas.filter((a) => a.categories.size === 0).sort(areaOrder);
    if (loose.length) {
      root.appendChild(el('div', { class: 'cat-box uncategorised' },
        el('div', { class: 'cat-name', text: t('tech.uncategorised') }), el('div', { class: 'areas' }, loose.map(areaCard))));
    }
  }

  /** Rough text width in px at 13px: CJK characters are about twice as wide as Latin ones. */
  function textWidth(s) {
    let w = 0;
    for (const ch of s) w += ch.codePointAt(0) > 0x2e80 ? 13.5 : 7.2;
    return w;
  }

  /** The agency-by-area matrix: a dot where the agency is engaged in the area. */
  function renderMatrix() {
    const root = document.getElementById('matrix');
    root.replaceChildren();
    if (!data.agencies.length) {
      root.appendChild(el('p', { class: 'empty', text: t('tech.matrix.none') }));
      return;
    }
    const areas = [...data.areas].sort(areaOrder);
    const agencies = [...data.agencies].sort((x, y) => name(x).text.localeCompare(name(y).text));
    const cell = 30;
    const colLabel = (a) => (a.number ? a.number + ' ' : '') + name(a.iri).text;
    const left = Math.min(360, 16 + Math.max(...agencies.map((g) => textWidth(name(g).text))));
    const top = Math.min(220, 20 + 0.72 * Math.max(...areas.map((a) => textWidth(colLabel(a)))));
    const width = left + areas.length * cell + 40;
    const height = top + agencies.length * cell + 10;
    const chart = svg('svg', { width, height, viewBox: `0 0 ${width} ${height}`, role: 'img', class: 'matrix',
      'aria-label': t('tech.agencies') });
    areas.forEach((a, i) => {
      const x = left + i * cell + cell / 2;
      const n = name(a.iri);
      chart.appendChild(svg('line', { x1: x, y1: top - 4, x2: x, y2: top + agencies.length * cell, stroke: '#e3e8ee' }));
      const label = svg('text', { x: x, y: top - 8, transform: `rotate(-45 ${x} ${top - 8})`, 'font-size': 13,
        lang: n.lang || null }, colLabel(a));
      const anchor = svg('a', { href: entityHref(a.iri, settings.idBase) || a.iri }, label);
      chart.appendChild(anchor);
    });
    agencies.forEach((g, j) => {
      const y = top + j * cell + cell / 2;
      const n = name(g);
      chart.appendChild(svg('line', { x1: left - 4, y1: y, x2: left + areas.length * cell, y2: y, stroke: '#e3e8ee' }));
      chart.appendChild(svg('a', { href: entityHref(g, settings.idBase) || g },
        svg('text', { x: left - 10, y: y + 4, 'text-anchor': 'end', 'font-size': 13, lang: n.lang || null }, n.text)));
      areas.forEach((a, i) => {
        const via = a.agencies.get(g);
        if (!via) return;
        const x = left + i * cell + cell / 2;
        chart.appendChild(svg('circle', { cx: x, cy: y, r: 8, fill: '#2e7d32', class: 'engaged',
          'data-agency': g, 'data-area': a.iri },
          svg('title', {}, n.text + ' → ' + name(a.iri).text
            + (via.size ? ' (' + t('tech.via') + ' ' + [...via].map((p) => name(p).text).join(', ') + ')' : ''))));
      });
    });
    root.appendChild(chart);
  }

  function render() {
    renderPlanChoice();
    if (!data) return;
    renderTaxonomy();
    renderMatrix();
    document.getElementById('view-query').setAttribute('href', editorLink(readableQuery(data.scheme, currentLang())));
    document.body.dataset.ready = 'true';
  }

  async function show(scheme) {
    document.body.dataset.ready = 'false';
    await loadScheme(scheme);
    render();
  }

  async function init() {
    try {
      settings = await site();
      await loadPlans();
      if (!plans.length) {
        document.getElementById('taxonomy').replaceChildren(el('p', { class: 'empty', text: t('tech.none') }));
        document.getElementById('matrix').replaceChildren();
        document.body.dataset.ready = 'true';
        return;
      }
      renderPlanChoice();
      const choice = document.getElementById('plan');
      const wanted = new URLSearchParams(window.location.search).get('plan');
      const initial = plans.find((p) => p.plan === wanted) || plans[0];
      choice.value = initial.scheme;
      choice.addEventListener('change', () => show(choice.value).catch(fail));
      onLangChange(render);
      await show(initial.scheme);
    } catch (e) {
      fail(e);
    }
  }

  function fail(e) {
    document.getElementById('taxonomy').replaceChildren(el('p', { class: 'error', text: t('error') + e.message }));
    document.body.dataset.ready = 'error';
  }

  document.addEventListener('DOMContentLoaded', init);
})();
