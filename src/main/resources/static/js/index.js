// DDCI Hub index pages: the radar chart (unit vs block median vs best vs targets) and the rank trend.
document.addEventListener('DOMContentLoaded', () => {
  const radar = document.getElementById('radar-chart');
  const trend = document.getElementById('trend-chart');
  if (!radar || typeof echarts === 'undefined') return;
  fetch(radar.dataset.profileUrl, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
    .then((response) => response.json())
    .then((profile) => {
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
      chart.setOption({
        animation: false,
        tooltip: {},
        legend: { bottom: 0, data: series.map((s) => s.name) },
        radar: {
          radius: '58%',
          center: ['50%', '48%'],
          indicator: components.map((c) => ({ name: (english ? c.nameEn : c.nameVi), max: 10 })),
          axisName: { color: '#333', fontSize: 11, width: 130, overflow: 'break', lineHeight: 13 },
        },
        series: [{ type: 'radar', data: series }],
      });
      window.addEventListener('resize', () => chart.resize());
      if (trend) {
        const points = profile.trend;
        const trendChart = echarts.init(trend);
        trendChart.setOption({
          animation: false,
          tooltip: { trigger: 'axis' },
          xAxis: { type: 'category', data: points.map((p) => String(p.year)) },
          yAxis: { type: 'value', inverse: true, min: 1, name: trend.dataset.labelRank },
          series: [{ type: 'line', data: points.map((p) => p.rank), label: { show: true, formatter: (p) => p.value + '/' + points[p.dataIndex].unitCount } }],
        });
        window.addEventListener('resize', () => trendChart.resize());
      }
    });
});
