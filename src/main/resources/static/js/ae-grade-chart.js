// The grade of each skin adverse event over time, with the systemic therapy cycles on the same
// time axis (issue 12). Drawn by ECharts from the JSON the page puts in data-chart; a canvas, so
// no inline style is needed (the CSP allows none). The grade history table says the same in text.
(function () {
  function draw(element) {
    if (!window.echarts) {
      return;
    }
    var data = JSON.parse(element.getAttribute('data-chart'));
    var series = data.series.map(function (s) {
      return {
        name: s.name,
        type: 'line',
        step: false,
        symbolSize: 8,
        data: s.points
      };
    });
    if (data.cycles.length > 0) {
      // the cycles as vertical marks on the first line's axis; held cycles dashed
      var marks = data.cycles.map(function (c) {
        return {
          xAxis: c.date,
          name: c.label,
          label: { formatter: c.label, position: 'insideEndTop', fontSize: 10 },
          lineStyle: { type: c.held ? 'dashed' : 'solid', color: c.held ? '#c0392b' : '#7f8c8d' }
        };
      });
      if (series.length === 0) {
        series.push({ type: 'line', data: [] });
      }
      series[0].markLine = { symbol: 'none', silent: true, data: marks };
    }
    // the time axis spans every grade and every cycle, a day of margin on each side
    var days = [];
    data.series.forEach(function (s) { s.points.forEach(function (p) { days.push(Date.parse(p[0])); }); });
    data.cycles.forEach(function (c) { days.push(Date.parse(c.date)); });
    var day = 24 * 3600 * 1000;
    var from = days.length ? Math.min.apply(null, days) - day : undefined;
    var to = days.length ? Math.max.apply(null, days) + day : undefined;
    var chart = window.echarts.init(element, null, { renderer: 'canvas' });
    chart.setOption({
      animation: false,
      grid: { left: 40, right: 16, top: 36, bottom: 32 },
      legend: { top: 0, type: 'scroll' },
      tooltip: { show: false },
      xAxis: { type: 'time', min: from, max: to, axisLabel: { formatter: '{MM}-{dd}', hideOverlap: true } },
      yAxis: { type: 'value', min: 0, max: 5, interval: 1, name: data.gradeAxis, nameGap: 8 },
      series: series
    });
    element.setAttribute('data-drawn', 'true');
    window.addEventListener('resize', function () { chart.resize(); });
  }

  function start() {
    document.querySelectorAll('.ae-grade-chart[data-chart]').forEach(draw);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());
