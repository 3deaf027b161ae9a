// DDCI Hub index pages: the radar chart (unit vs block median vs best vs targets), the score and
// rank trend, and the profile's what-if recalculated while typing.
document.addEventListener('DOMContentLoaded', () => {
  liveWhatIf();
  const radar = document.getElementById('radar-chart');
  const trend = document.getElementById('trend-chart');
  if (!radar || typeof echarts === 'undefined') return;
  fetch(radar.dataset.profileUrl, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
    .then((response) => response.json())
    .then((profile) => {
      drawRadar(radar, profile);
      if (trend) drawTrend(trend, profile.trend);
    });
});

function drawRadar(radar, profile) {
  const english = radar.dataset.english === 'true';
  const components = profile.components;
  const value = (v) => (v === null || v === undefined ? 0 : v);
  const series = [
    { name: radar.dataset.labelUnit, value: components.map((c) => value(c.score)), itemStyle: { color: '#c23531' }, lineStyle: { color: '#c23531', width: 3 } },
    { name: radar.dataset.labelMedian, value: components.map((c) => value(c.median)), itemStyle: { color: '#2f4554' }, lineStyle: { color: '#2f4554' } },
    { name: radar.dataset.labelBest, value: components.map((c) => value(c.best)), itemStyle: { color: '#91cc75' }, lineStyle: { color: '#91cc75' } },
  ];
  if (components.some((c) => c.target !== null && c.target !== undefined)) {
    series.push({ name: radar.dataset.labelTarget, value: components.map((c) => value(c.target)), itemStyle: { color: '#fac858' }, lineStyle: { type: 'dashed', color: '#e0a800' } });
  }
  const chart = echarts.init(radar);
  chart.on('finished', () => radar.setAttribute('data-rendered', 'true'));
  // Labels sit outside the polygon, broken into short lines the radius leaves room for; on a
  // narrow chart they shrink to the component code (the table below names them), so none is
  // ever clipped.
  const layout = () => {
    const width = radar.clientWidth;
    const narrow = width < 520;
    const lineChars = Math.max(12, Math.min(22, Math.round(width / 32)));
    return {
      radius: narrow ? '62%' : '56%',
      name: (c) => (narrow ? c.code : wrapWords(c.code + '. ' + (english ? c.nameEn : c.nameVi), lineChars)),
    };
  };
  const render = () => {
    const l = layout();
    chart.setOption({
      animation: false,
      tooltip: {},
      legend: { bottom: 0, data: series.map((s) => s.name) },
      radar: {
        radius: l.radius,
        center: ['50%', '47%'],
        indicator: components.map((c) => ({ name: l.name(c), max: 10 })),
        axisName: { color: '#1c2430', fontSize: 12, lineHeight: 15 },
      },
      series: [{ type: 'radar', data: series }],
    });
  };
  render();
  window.addEventListener('resize', () => { chart.resize(); render(); });
}

/** The text in lines of at most {@code max} characters, broken between words. */
function wrapWords(text, max) {
  const lines = [];
  let line = '';
  text.split(' ').forEach((word) => {
    if (line && (line + ' ' + word).length > max) {
      lines.push(line);
      line = word;
    } else {
      line = line ? line + ' ' + word : word;
    }
  });
  if (line) lines.push(line);
  return lines.join('\n');
}

function drawTrend(trend, points) {
  const chart = echarts.init(trend);
  chart.setOption({
    animation: false,
    tooltip: { trigger: 'axis' },
    legend: { bottom: 0, data: [trend.dataset.labelScore, trend.dataset.labelRank] },
    grid: { left: 48, right: 48, top: 36, bottom: 48 },
    xAxis: { type: 'category', data: points.map((p) => String(p.year)) },
    yAxis: [
      { type: 'value', name: trend.dataset.labelScore, min: 0, max: 100, position: 'left' },
      { type: 'value', name: trend.dataset.labelRank, inverse: true, min: 1, max: Math.max(...points.map((p) => p.unitCount), 1), position: 'right', splitLine: { show: false } },
    ],
    series: [
      { name: trend.dataset.labelScore, type: 'bar', yAxisIndex: 0, barMaxWidth: 40, itemStyle: { color: '#9ab6d6' },
        data: points.map((p) => p.total), label: { show: true, position: 'insideTop', formatter: (p) => (p.value === null ? '' : p.value.toFixed(2).replace('.', ',')) } },
      { name: trend.dataset.labelRank, type: 'line', yAxisIndex: 1, itemStyle: { color: '#c23531' },
        data: points.map((p) => p.rank), label: { show: true, position: 'top', formatter: (p) => p.value + '/' + points[p.dataIndex].unitCount } },
    ],
  });
  trend.setAttribute('data-rendered', 'true');
  window.addEventListener('resize', () => chart.resize());
}

// The what-if form works as a plain GET form; with JavaScript the answer follows the typing:
// the same page is asked for with the typed values and only its answer is swapped in.
function liveWhatIf() {
  const form = document.querySelector('form[data-what-if]');
  const result = document.getElementById('what-if-result');
  if (!form || !result) return;
  let timer = null;
  let latest = 0;
  const recalculate = () => {
    const query = new URLSearchParams(new FormData(form)).toString();
    const url = form.getAttribute('action').split('#')[0] + '?' + query;
    const request = ++latest;
    fetch(url, { headers: { Accept: 'text/html' }, credentials: 'same-origin' })
      .then((response) => response.text())
      .then((html) => {
        if (request !== latest) return;
        const answer = new DOMParser().parseFromString(html, 'text/html').getElementById('what-if-result');
        if (answer) result.innerHTML = answer.innerHTML;
        history.replaceState(null, '', url + '#what-if');
      });
  };
  form.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(recalculate, 250);
  });
}
