/*
 * Two more ways to look at a SELECT answer, as YASR plugins beside the table: a timeline (vis-timeline) when the
 * answer has dates, and a bar chart (Chart.js) when it has numbers. Both libraries are bundled at build time.
 * Values are shown as text only (vis-timeline gets DOM elements, Chart.js draws on a canvas).
 */
(function () {
  'use strict';

  const XSD = 'http://www.w3.org/2001/XMLSchema#';
  const DATE_TYPES = ['date', 'dateTime', 'gYear', 'gYearMonth'].map((t) => XSD + t);
  const NUMBER_TYPES = ['decimal', 'integer', 'double', 'float', 'long', 'int', 'nonNegativeInteger',
    'positiveInteger'].map((t) => XSD + t);

  function isDate(b) {
    return !!b && b.type !== 'uri' && (DATE_TYPES.includes(b.datatype)
      || (!b.datatype && /^\d{4}(-\d{2}){0,2}$/.test(b.value)));
  }

  function isNumber(b) {
    return !!b && b.type !== 'uri' && NUMBER_TYPES.includes(b.datatype);
  }

  /** A JavaScript date for a date, a year or a year and month (the first day of it). */
  function toDate(value) {
    const m = /^(-?\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(value);
    if (!m) return null;
    return new Date(Date.UTC(Number(m[1]), m[2] ? Number(m[2]) - 1 : 0, m[3] ? Number(m[3]) : 1));
  }

  function columns(yasr, test) {
    const vars = yasr.results.getVariables();
    const rows = yasr.results.getBindings() || [];
    return vars.filter((v) => rows.some((r) => test(r[v])));
  }

  /** What names a row: its literal columns that are neither dates nor numbers, labels first. */
  function rowName(row, vars, skip) {
    const texts = vars.filter((v) => !skip.includes(v) && row[v] && row[v].type !== 'uri'
      && !isDate(row[v]) && !isNumber(row[v]))
      .sort((a, b) => (/Label$/.test(b) ? 1 : 0) - (/Label$/.test(a) ? 1 : 0))
      .map((v) => row[v].value).filter((s) => s !== '');
    return texts.slice(0, 3).join(' · ') || vars.map((v) => row[v] && row[v].value).filter(Boolean)[0] || '';
  }

  function icon(text) {
    const s = document.createElement('span');
    s.className = 'stikg-plugin-icon';
    s.textContent = text;
    return s;
  }

  class TimelinePlugin {
    constructor(yasr) {
      this.yasr = yasr;
      this.priority = 5;
      this.label = 'Timeline';
    }

    canHandleResults() {
      return !!this.yasr.results && this.yasr.results.getVariables && columns(this.yasr, isDate).length > 0;
    }

    getIcon() {
      return icon('⏱');
    }

    draw() {
      const dates = columns(this.yasr, isDate);
      const start = dates[0];
      const end = dates.find((v) => v !== start && /^(to|end)/i.test(v));
      const vars = this.yasr.results.getVariables();
      const items = [];
      (this.yasr.results.getBindings() || []).forEach((row, i) => {
        const from = row[start] && isDate(row[start]) ? toDate(row[start].value) : null;
        if (!from) return;
        const content = document.createElement('span');
        content.textContent = rowName(row, vars, dates) || row[start].value;
        const item = { id: i, content, start: from, title: row[start].value };
        const to = end && row[end] && isDate(row[end]) ? toDate(row[end].value) : null;
        if (to && to > from) item.end = to;
        items.push(item);
      });
      const box = document.createElement('div');
      box.className = 'stikg-timeline';
      this.yasr.resultsEl.appendChild(box);
      this.timeline = new vis.Timeline(box, items, { stack: true, zoomable: true, maxHeight: 600 });
    }

    destroy() {
      if (this.timeline) this.timeline.destroy();
      this.timeline = null;
    }
  }

  class ChartPlugin {
    constructor(yasr) {
      this.yasr = yasr;
      this.priority = 4;
      this.label = 'Chart';
    }

    canHandleResults() {
      return !!this.yasr.results && this.yasr.results.getVariables && columns(this.yasr, isNumber).length > 0;
    }

    getIcon() {
      return icon('▥');
    }

    draw() {
      const numbers = columns(this.yasr, isNumber);
      const vars = this.yasr.results.getVariables();
      const rows = (this.yasr.results.getBindings() || []);
      const labels = rows.map((r) => rowName(r, vars, numbers));
      const datasets = numbers.map((v) => ({ label: v, data: rows.map((r) => (isNumber(r[v]) ? Number(r[v].value) : null)) }));
      const box = document.createElement('div');
      box.className = 'stikg-chart';
      const canvas = document.createElement('canvas');
      box.appendChild(canvas);
      this.yasr.resultsEl.appendChild(box);
      this.chart = new Chart(canvas, {
        type: 'bar',
        data: { labels, datasets },
        options: { responsive: true, maintainAspectRatio: false, animation: false, indexAxis: labels.length > 12 ? 'y' : 'x' },
      });
    }

    destroy() {
      if (this.chart) this.chart.destroy();
      this.chart = null;
    }
  }

  if (window.Yasgui && window.vis && window.Chart) {
    Yasgui.Yasr.registerPlugin('timeline', TimelinePlugin);
    Yasgui.Yasr.registerPlugin('chart', ChartPlugin);
  }
  window.stikg = Object.assign(window.stikg || {}, { resultViews: { isDate, isNumber, toDate } });
})();
