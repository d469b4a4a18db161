/*
 * The query page: YASGUI (bundled at build time) against this server's endpoint, the query library as
 * examples, downloads of the results as CSV and JSON, and links that carry the query in the URL fragment.
 */
(function () {
  'use strict';
  const { t, el, currentLang, onLangChange, site, entityHref, pick } = window.stikg;

  const START = [
    'PREFIX sti: <https://w3id.org/stikg/ontology#>',
    'PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>',
    '',
    '# Plans in the graph, with their names',
    'SELECT ?plan ?label WHERE {',
    '  ?plan a sti:Plan ; rdfs:label ?label .',
    '}',
    'ORDER BY ?plan ?label',
  ].join('\n');

  let yasgui = null;
  let settings = null;

  function status(text, isError) {
    const s = document.getElementById('status');
    s.textContent = text || '';
    s.classList.toggle('error', !!isError);
  }

  function currentTab() {
    return yasgui.getTab();
  }

  function queryType() {
    const yasqe = currentTab().getYasqe();
    return (yasqe && yasqe.getQueryType && yasqe.getQueryType()) || 'SELECT';
  }

  /** The current query's results as text: 'csv' or 'json' (Turtle or JSON-LD for graph queries). */
  async function fetchResults(format) {
    const graph = ['CONSTRUCT', 'DESCRIBE'].includes(queryType());
    const accept = format === 'csv' ? (graph ? 'text/turtle' : 'text/csv')
      : (graph ? 'application/ld+json' : 'application/sparql-results+json');
    const r = await fetch(settings.endpoint, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: accept },
      body: new URLSearchParams({ query: currentTab().getQuery() }).toString(),
    });
    const text = await r.text();
    if (!r.ok) throw new Error('HTTP ' + r.status + ': ' + text.slice(0, 300));
    truncationNotice(r.headers);
    return { text, type: accept, ext: format === 'csv' ? (graph ? 'ttl' : 'csv') : (graph ? 'jsonld' : 'json') };
  }

  async function download(format) {
    try {
      const res = await fetchResults(format);
      // a byte order mark tells spreadsheet programs the CSV is UTF-8 (else Korean and Japanese come out garbled)
      const text = res.ext === 'csv' && !res.text.startsWith('\uFEFF') ? '\uFEFF' + res.text : res.text;
      const url = URL.createObjectURL(new Blob([text], { type: res.type + ';charset=utf-8' }));
      const a = el('a', { href: url, download: 'stikg-results.' + res.ext });
      document.body.appendChild(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10000);
    } catch (e) {
      status(t('error') + e.message, true);
    }
  }

  /** A capped answer says so: the server names its limit in the Stikg-Result-Truncated header. */
  function truncationNotice(headers) {
    const cap = headers && headers.get ? headers.get('Stikg-Result-Truncated') : null;
    status(cap ? t('truncated').replace('{n}', cap) : '', !!cap);
  }

  /** Watches the answers of a tab's editor (once per editor) for the truncation header. */
  function watchAnswers(tab) {
    const yasqe = tab && tab.getYasqe();
    if (!yasqe || yasqe.stikgWatched) return;
    yasqe.stikgWatched = true;
    yasqe.on('queryResponse', (_yasqe, response) => truncationNotice(response && response.headers));
  }

  /** A link that opens this page with the current query in the editor and runs it. */
  function shareLink() {
    return window.location.origin + '/#query=' + encodeURIComponent(currentTab().getQuery());
  }

  async function share() {
    const link = shareLink();
    const input = document.getElementById('share-url');
    input.value = link;
    input.select();
    try {
      await navigator.clipboard.writeText(link);
    } catch (e) {
      // no clipboard (permissions): the link is selected in the field
    }
    status(t('share.copied'));
  }

  /** Opens a query in a tab of its own (the tab of the same title, if open) and runs it when asked. */
  function openQuery(title, text, run) {
    let tab = null;
    for (const id of yasgui.persistentConfig.getTabs()) {
      const candidate = yasgui.getTab(id);
      if (candidate && candidate.getName() === title) {
        tab = yasgui.selectTabId(id);
        tab.setQuery(text);
        break;
      }
    }
    if (!tab) tab = yasgui.addTab(true, { name: title, yasqe: { value: text } });
    if (run) runTab(tab);
    return tab;
  }

  /** Runs the tab's query and brings its results into view (a lower library item leaves them out of sight). */
  function runTab(tab) {
    return tab.query().catch(() => {}).then(() => {
      const results = document.querySelector('#yasgui .tabPanel.active .yasr') || document.querySelector('#yasgui .yasr');
      if (results) results.scrollIntoView({ block: 'start', behavior: 'auto' });
    });
  }

  /** A parameter's value as the input shows it: the label language follows the page's language. */
  function initialValue(p) {
    return p.name === 'lang' ? '"' + currentLang() + '"' : p.default;
  }

  /** Every word of a query's titles, descriptions and name, in all languages, for the library search. */
  function searchText(q) {
    return [q.name, ...Object.values(q.titles || {}), ...Object.values(q.descriptions || {})].join(' ').toLowerCase();
  }

  function filterLibrary() {
    const words = document.getElementById('library-search').value.toLowerCase().split(/\s+/).filter(Boolean);
    let shown = 0;
    document.querySelectorAll('#library li.example').forEach((li) => {
      const q = settings.queries.find((x) => x.name === li.dataset.name);
      const match = words.every((w) => searchText(q).includes(w));
      li.hidden = !match;
      if (match) shown += 1;
    });
    const none = document.getElementById('library-none');
    if (none) none.hidden = shown > 0;
  }

  async function sparqlFor(q, item) {
    const inputs = [...item.querySelectorAll('input[data-param]')];
    if (inputs.every((i) => i.value === i.dataset.default)) return q.sparql;
    const params = new URLSearchParams();
    inputs.forEach((i) => params.set(i.dataset.param, i.value));
    const r = await fetch('/api/queries/' + encodeURIComponent(q.name) + '?' + params.toString());
    const text = await r.text();
    if (!r.ok) throw new Error(text);
    return text;
  }

  function renderLibrary() {
    const lang = currentLang();
    const list = document.getElementById('library');
    list.replaceChildren();
    if (!settings.queries.length) {
      list.appendChild(el('li', { class: 'empty', text: t('library.empty') }));
      return;
    }
    for (const q of settings.queries) {
      const title = pick(q.titles, lang, q.name);
      const desc = pick(q.descriptions, lang, '');
      const item = el('li', { class: 'example', 'data-name': q.name });
      item.appendChild(el('h3', { lang: title.lang || null, text: title.text }));
      if (desc.text) item.appendChild(el('p', { class: 'desc', lang: desc.lang || null, text: desc.text }));
      if (q.parameters.length) {
        const params = el('div', { class: 'params' });
        for (const p of q.parameters) {
          params.appendChild(el('label', {}, '?' + p.name + (p.description ? ' — ' + p.description : ''),
            el('input', { type: 'text', value: initialValue(p), 'data-param': p.name, 'data-default': p.default })));
        }
        item.appendChild(params);
      }
      const meta = [q.name + '.rq'];
      if (q.inference) meta.push(t('needsInference'));
      item.appendChild(el('p', { class: 'meta', text: meta.join(' · ') }));
      const act = async (run) => {
        try {
          openQuery(title.text, await sparqlFor(q, item), run);
          status('');
        } catch (e) {
          status(t('error') + e.message, true);
        }
      };
      item.appendChild(el('button', { type: 'button', class: 'open', onclick: () => act(false), text: t('open') }));
      item.appendChild(document.createTextNode(' '));
      item.appendChild(el('button', { type: 'button', class: 'run primary', onclick: () => act(true), text: t('run') }));
      list.appendChild(item);
    }
    list.appendChild(el('li', { id: 'library-none', class: 'empty', hidden: 'hidden', text: t('library.nothing') }));
    document.getElementById('library-search').placeholder = t('library.search');
    filterLibrary();
  }

  /** Entity IRIs in the results open their page on this server rather than the IRI's own host. */
  function localiseLinks(root) {
    root.querySelectorAll('a[href]').forEach((a) => {
      const local = entityHref(a.getAttribute('href'), settings.idBase);
      if (local) {
        a.setAttribute('href', local);
        a.removeAttribute('target');
      }
    });
  }

  async function init() {
    try {
      settings = await site();
    } catch (e) {
      status(t('error') + e.message, true);
      return;
    }
    const endpoint = window.location.origin + settings.endpoint;
    // labels by default: the table starts in YASR's simple view (literals as text, IRIs as links), unless the
    // reader switched it off before (YASR keeps that choice)
    const Table = Yasgui.Yasr.plugins.table;
    class LabelTable extends Table {
      draw(config) {
        const c = Object.assign({}, config);
        if (c.compact === undefined) c.compact = true;
        // a cut-short cell takes the first click to unfold, so a link in it would need two
        if (c.isEllipsed === undefined) c.isEllipsed = false;
        return super.draw(c);
      }
    }
    Yasgui.Yasr.registerPlugin('table', LabelTable);
    // term completion would ask lov.linkeddata.es: this page talks to its own server only
    Yasgui.Yasqe.defaults.autocompleters = Yasgui.Yasqe.defaults.autocompleters
      .filter((n) => n !== 'property' && n !== 'class');
    yasgui = new Yasgui(document.getElementById('yasgui'), {
      requestConfig: { endpoint: endpoint, method: 'POST' },
      copyEndpointOnNewTab: false,
      endpointCatalogueOptions: { getData: () => [{ endpoint: endpoint }] },
      persistenceId: 'stikg-yasgui',
      yasqe: { value: START },
    });
    // tabs kept from an earlier visit may name another port or host: this page queries its own server
    for (const id of yasgui.persistentConfig.getTabs()) {
      const tab = yasgui.getTab(id);
      if (tab && tab.getEndpoint() !== endpoint) tab.setEndpoint(endpoint);
    }
    yasgui.on('query', (_yasgui, tab) => watchAnswers(tab));
    window.stikg.editor = { yasgui, fetchResults, shareLink, openQuery };
    const root = document.getElementById('yasgui');
    new MutationObserver(() => localiseLinks(root)).observe(root, { childList: true, subtree: true });
    renderLibrary();
    onLangChange(renderLibrary);
    document.getElementById('run').addEventListener('click', () => runTab(currentTab()));
    document.getElementById('library-search').addEventListener('input', filterLibrary);
    document.getElementById('share').addEventListener('click', share);
    document.getElementById('download-csv').addEventListener('click', () => download('csv'));
    document.getElementById('download-json').addEventListener('click', () => download('json'));
    document.body.dataset.ready = 'true';
  }

  document.addEventListener('DOMContentLoaded', init);
})();
