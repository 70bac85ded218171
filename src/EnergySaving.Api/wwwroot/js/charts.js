// Draws every <canvas data-chart='{"type","labels","unit","series":[{"label","data"}]}'> with Chart.js.
// The numbers are also in a table beneath each chart, so nothing depends on this script.
(function () {
  var colours = ['#0b5e8a', '#c77c02', '#1b6e2f', '#a4161a', '#5b3f8c'];
  var lang = document.documentElement.lang || 'vi';
  document.querySelectorAll('canvas[data-chart]').forEach(function (canvas) {
    var spec = JSON.parse(canvas.getAttribute('data-chart'));
    new Chart(canvas, {
      type: spec.type || 'line',
      data: {
        labels: spec.labels,
        datasets: spec.series.map(function (s, i) {
          return { label: s.label, data: s.data, borderColor: colours[i % colours.length], backgroundColor: colours[i % colours.length], spanGaps: false };
        })
      },
      options: {
        maintainAspectRatio: false, animation: false, locale: lang,
        scales: { y: { beginAtZero: true, title: { display: !!spec.unit, text: spec.unit } } }
      }
    });
  });
})();
