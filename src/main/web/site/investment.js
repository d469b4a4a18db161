/*
 * /views/investment: the money figures of the plans, targets against actuals, as an SVG bar chart drawn here
 * (one chart per currency, one group of bars per plan, ordered by series and edition), with the figures as a
 * table below. All data come from SPARQL on this server.
 */
(function () {
  'use strict';
  const { t, el, svg, currentLang, onLangChange, site, select, labels, pick, entityHref, localName,
    editorLink } = window.stikg;

  const QUERY = `PREFIX sti: <https://w3id.org/stikg/ontology#>
PREFIX time: <http://www.w3.org/2006/time#>
# Money figures of plans: targets and actuals, with the plan they belong to
SELECT DISTINCT ?plan ?via ?edition ?series ?figure ?kind ?amount ?currency ?indicator ?start ?end ?referenceYear ?estimate ?target WHERE {
  VALUES ?kind { sti:Target sti:Actual }
  ?figure a ?kind ; sti:amount ?amount .
  { ?plan sti:target ?figure BIND("target" AS ?via) }
  UNION { ?figure sti:figureOf ?plan BIND("figureOf" AS ?via) }
  UNION { ?figure sti:targetOfActual ?t . { ?plan sti:target ?t } UNION { ?t sti:figureOf ?plan } BIND("targetOfActual" AS ?via) }
  ?plan a sti:Plan .
  OPTIONAL { ?figure sti:targetOfActual ?target }
  OPTIONAL { ?plan sti:edition ?edition }
  OPTIONAL { ?plan sti:inSeries ?series }
  OPTIONAL { ?figure sti:currency ?currency }
  OPTIONAL { ?figure sti:indicator ?indicator }
  OPTIONAL { ?figure sti:period/time:hasBeginning ?b . ?b ?bp ?start FILTER(STRSTARTS(STR(?bp), STR(time:inXSD))) }
  OPTIONAL { ?figure sti:period/time:hasEnd ?e . ?e ?ep ?end FILTER(STRSTARTS(STR(?ep), STR(time:inXSD))) }
  OPTIONAL { ?figure sti:referenceYear ?referenceYear }
  OPTIONAL { ?figure sti:isEstimate ?estimate }
}`;

  // which link decides a figure's plan: an actual measured against a target belongs with that target's plan
  const PRIORITY = { targetOfActual: 0, figureOf: 1, target: 2 };

  let settings = null;
  let figures = [];
  let names = new Map();

  const v = (row, name) => (row[name] ? row[name].value : null);

  function name(iri) {
    return pick(names.get(iri), currentLang(), localName(iri, settings.idBase));
  }

  async function load() {
    const rows = await select(QUERY);
    const byFigure = new Map();
    for (const r of rows) {
      const iri = v(r, 'figure');
      const f = {
        iri, plan: v(r, 'plan'), via: v(r, 'via'), edition: v(r, 'edition') !== null ? Number(v(r, 'edition')) : null,
        series: v(r, 'series'), kind: v(r, 'kind').endsWith('#Actual') ? 'actual' : 'target', amount: Number(v(r, 'amount')),
        currency: v(r, 'currency') || '', indicator: v(r, 'indicator'), start: (v(r, 'start') || '').substring(0, 4),
        end: (v(r, 'end') || '').substring(0, 4), referenceYear: (v(r, 'referenceYear') || '').substring(0, 4),
        estimate: v(r, 'estimate') === 'true', target: v(r, 'target'),
      };
      const had = byFigure.get(iri);
      if (!had || PRIORITY[f.via] < PRIORITY[had.via]) byFigure.set(iri, f);
    }
    figures = [...byFigure.values()];
    names = await labels(figures.flatMap((f) => [f.plan, f.series, f.indicator, f.iri].filter(Boolean)));
  }

  /** 14e12 as "14 trillion", "14조", "14兆". */
  function compact(n, lang) {
    const units = {
      en: [[1e12, ' tn'], [1e9, ' bn'], [1e6, ' m']],
      ko: [[1e12, '조'], [1e8, '억'], [1e4, '만']],
      ja: [[1e12, '兆'], [1e8, '億'], [1e4, '万']],
    }[lang] || [];
    for (const [size, unit] of units) {
      if (Math.abs(n) >= size) return (Math.round((n / size) * 100) / 100).toLocaleString('en') + unit;
    }
    return n.toLocaleString('en');
  }

  function period(f) {
    if (f.start && f.end) return f.start === f.end ? f.start : f.start + '–' + f.end;
    return f.referenceYear || f.start || f.end || '';
  }

  function niceMax(max) {
    if (max <= 0) return 1;
    const step = Math.pow(10, Math.floor(Math.log10(max)));
    for (const m of [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10]) {
      if (m * step >= max) return m * step;
    }
    return 10 * step;
  }

  function planOrder(a, b) {
    const sa = a.series ? name(a.series).text : '';
    const sb = b.series ? name(b.series).text : '';
    if (sa !== sb) return sa.localeCompare(sb);
    return (a.edition ?? 1e9) - (b.edition ?? 1e9) || name(a.plan).text.localeCompare(name(b.plan).text);
  }

  /** The target an actual is measured against: the one it names, else the plan's only target of its indicator. */
  function targetOf(actual) {
    if (actual.target) return figures.find((f) => f.iri === actual.target) || null;
    const same = figures.filter((f) => f.kind === 'target' && f.plan === actual.plan
      && f.indicator === actual.indicator && f.currency === actual.currency);
    return same.length === 1 ? same[0] : null;
  }

  function wrap(text, maxWidth) {
    const lines = [];
    let line = '';
    let width = 0;
    for (const ch of text) {
      const w = ch.codePointAt(0) > 0x2e80 ? 13 : 6.8;
      if (width + w > maxWidth && line) {
        const cut = line.lastIndexOf(' ');
        if (cut > 0 && ch !== ' ') {
          lines.push(line.substring(0, cut));
          line = line.substring(cut + 1) + ch;
          width = [...line].reduce((s, c) => s + (c.codePointAt(0) > 0x2e80 ? 13 : 6.8), 0);
          continue;
        }
        lines.push(line);
        line = ch === ' ' ? '' : ch;
        width = ch === ' ' ? 0 : w;
        continue;
      }
      line += ch;
      width += w;
    }
    if (line) lines.push(line);
    return lines.slice(0, 3);
  }

  function chart(currency, list, lang, index) {
    const plans = [];
    for (const f of list) {
      if (!plans.find((p) => p.plan === f.plan)) plans.push(f);
    }
    plans.sort(planOrder);
    const bar = 44;
    const gap = 10;
    const groupPad = 36;
    const groups = plans.map((p) => {
      const bars = list.filter((f) => f.plan === p.plan).sort((a, b) =>
        (a.kind === b.kind ? 0 : a.kind === 'target' ? -1 : 1) || period(a).localeCompare(period(b)));
      return { plan: p, bars, width: Math.max(170, bars.length * (bar + gap) - gap + groupPad) };
    });
    const left = 80;
    const top = 34;
    const plotHeight = 280;
    const bottom = 84;
    const width = left + groups.reduce((s, g) => s + g.width, 0) + 20;
    const height = top + plotHeight + bottom;
    const max = niceMax(Math.max(...list.map((f) => f.amount)));
    const y = (n) => top + plotHeight - (n / max) * plotHeight;
    const root = svg('svg', { width, height, viewBox: `0 0 ${width} ${height}`, role: 'img', class: 'investment-chart',
      'data-currency': currency, 'aria-label': t('inv.title') + (currency ? ' (' + currency + ')' : '') });
    root.appendChild(svg('defs', {}, svg('pattern', { id: 'estimate-' + index, width: 6, height: 6,
      patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' },
    svg('rect', { width: 6, height: 6, fill: '#1f5fa8' }),
    svg('line', { x1: 0, y1: 0, x2: 0, y2: 6, stroke: '#fff', 'stroke-width': 2, 'stroke-opacity': 0.5 }))));
    for (let i = 0; i <= 5; i++) {
      const value = (max / 5) * i;
      root.appendChild(svg('line', { x1: left, x2: width - 10, y1: y(value), y2: y(value), stroke: i ? '#e3e8ee' : '#8592a3' }));
      root.appendChild(svg('text', { x: left - 8, y: y(value) + 4, 'text-anchor': 'end', 'font-size': 12, fill: '#5b6878' },
        compact(value, lang)));
    }
    root.appendChild(svg('text', { x: 8, y: 16, 'font-size': 12, fill: '#5b6878' }, currency));
    let x0 = left;
    for (const g of groups) {
      let x = x0 + groupPad / 2;
      for (const f of g.bars) {
        const h = Math.max(1, top + plotHeight - y(f.amount));
        const fill = f.kind === 'target' ? '#9fb7d6' : (f.estimate ? `url(#estimate-${index})` : '#1f5fa8');
        const rect = svg('rect', { x, y: y(f.amount), width: bar, height: h, fill, class: 'bar ' + f.kind,
          'data-figure': f.iri, 'data-amount': f.amount, rx: 2 },
        svg('title', {}, `${name(f.plan).text} · ${t(f.kind === 'target' ? 'inv.target' : 'inv.actual')}`
            + `${f.indicator ? ' · ' + name(f.indicator).text : ''} · ${period(f)}: `
            + `${(f.estimate ? '≈ ' : '')}${f.amount.toLocaleString('en')} ${f.currency}`));
        const href = entityHref(f.iri, settings.idBase);
        root.appendChild(href ? svg('a', { href }, rect) : rect);
        root.appendChild(svg('text', { x: x + bar / 2, y: y(f.amount) - 6, 'text-anchor': 'middle', 'font-size': 12,
          class: 'amount' }, (f.estimate ? '≈' : '') + compact(f.amount, lang)));
        if (f.kind === 'actual') {
          const target = targetOf(f);
          if (target && target.amount > 0) {
            const pct = Math.round((f.amount / target.amount) * 100) + '%';
            root.appendChild(svg('text', { x: x + bar / 2, y: Math.min(y(f.amount) + 16, top + plotHeight - 4),
              'text-anchor': 'middle', 'font-size': 12, fill: '#fff', 'font-weight': 700, class: 'ratio' }, pct));
          }
        }
        const sub = svg('text', { x: x + bar / 2, y: top + plotHeight + 14, 'text-anchor': 'middle', 'font-size': 11,
          fill: '#5b6878' }, t(f.kind === 'target' ? 'inv.target' : 'inv.actual'));
        if (g.bars.filter((o) => o.kind === f.kind).length > 1 && period(f)) {
          sub.appendChild(svg('tspan', { x: x + bar / 2, dy: 12, 'font-size': 10 }, period(f)));
        }
        root.appendChild(sub);
        x += bar + gap;
      }
      const n = name(g.plan.plan);
      const label = svg('text', { x: x0 + g.width / 2, y: top + plotHeight + 40, 'text-anchor': 'middle',
        'font-size': 13, 'font-weight': 600, lang: n.lang || null, class: 'plan-label' });
      wrap(n.text, g.width - 10).forEach((line, i) =>
        label.appendChild(svg('tspan', { x: x0 + g.width / 2, dy: i ? 15 : 0 }, line)));
      const href = entityHref(g.plan.plan, settings.idBase);
      root.appendChild(href ? svg('a', { href }, label) : label);
      x0 += g.width;
      if (x0 < width - 30) {
        root.appendChild(svg('line', { x1: x0, x2: x0, y1: top, y2: top + plotHeight, stroke: '#eef1f5' }));
      }
    }
    const legend = svg('g', { transform: `translate(${left + 10}, 6)`, class: 'legend' },
      svg('rect', { width: 14, height: 14, fill: '#9fb7d6' }),
      svg('text', { x: 20, y: 12, 'font-size': 12 }, t('inv.target')),
      svg('rect', { x: 80, width: 14, height: 14, fill: '#1f5fa8' }),
      svg('text', { x: 100, y: 12, 'font-size': 12 }, t('inv.actual')),
      list.some((f) => f.estimate) ? [svg('rect', { x: 160, width: 14, height: 14, fill: `url(#estimate-${index})` }),
        svg('text', { x: 180, y: 12, 'font-size': 12 }, '≈ ' + t('inv.estimate'))] : null);
    root.appendChild(legend);
    return el('div', { class: 'chart-wrap' }, root);
  }

  function table(lang) {
    const rows = [...figures].sort((a, b) => planOrder(a, b) || a.kind.localeCompare(b.kind) * -1);
    const link = (iri) => {
      const n = name(iri);
      return el('a', { href: entityHref(iri, settings.idBase) || iri, lang: n.lang || null }, n.text);
    };
    return el('table', { class: 'data figures' },
      el('thead', {}, el('tr', {}, ['inv.plan', 'inv.kind', 'inv.indicator', 'inv.period', 'inv.amount', 'inv.figure']
        .map((k) => el('th', { text: t(k) })))),
      el('tbody', {}, rows.map((f) => el('tr', { 'data-figure': f.iri, class: f.kind },
        el('td', {}, link(f.plan)),
        el('td', { text: t(f.kind === 'target' ? 'inv.target' : 'inv.actual') + (f.estimate ? ' (' + t('inv.estimate') + ')' : '') }),
        el('td', {}, f.indicator ? link(f.indicator) : t('inv.total')),
        el('td', { text: period(f) }),
        el('td', { class: 'num', text: (f.estimate ? '≈ ' : '') + f.amount.toLocaleString('en') + ' ' + f.currency
          + ' (' + compact(f.amount, lang) + ')' }),
        el('td', {}, link(f.iri))))));
  }

  function render() {
    const lang = currentLang();
    const charts = document.getElementById('charts');
    const tableRoot = document.getElementById('figures');
    charts.replaceChildren();
    tableRoot.replaceChildren();
    if (!figures.length) {
      charts.appendChild(el('p', { class: 'empty', text: t('inv.none') }));
    } else {
      // one chart per indicator and currency: amounts of different things or in different money never share an axis
      const keys = [...new Set(figures.map((f) => (f.indicator || '') + '\u0000' + f.currency))].sort();
      keys.forEach((key, i) => {
        const [indicator, currency] = key.split('\u0000');
        const list = figures.filter((f) => (f.indicator || '') === indicator && f.currency === currency);
        const n = indicator ? name(indicator) : { text: t('inv.total'), lang: '' };
        charts.appendChild(el('h2', { class: 'chart-title', lang: n.lang || null },
          n.text + (currency ? ' (' + currency + ')' : '')));
        charts.appendChild(chart(currency, list, lang, i));
      });
      tableRoot.appendChild(table(lang));
    }
    document.getElementById('view-query').setAttribute('href', editorLink(QUERY));
    document.body.dataset.ready = 'true';
  }

  async function init() {
    try {
      settings = await site();
      await load();
      render();
      onLangChange(render);
    } catch (e) {
      document.getElementById('charts').replaceChildren(el('p', { class: 'error', text: t('error') + e.message }));
      document.body.dataset.ready = 'error';
    }
  }

  document.addEventListener('DOMContentLoaded', init);
})();
