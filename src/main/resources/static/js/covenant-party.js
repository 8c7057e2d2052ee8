// Draws a party's value of each measured criterion at every month end, with its target, from the canvas's data-*
// attributes. The table under each chart carries the same numbers, for screen readers and without JavaScript.
(function () {
  'use strict';
  function numbers(text) {
    return text ? text.split(',').map(function (v) { return v === '' ? null : Number(v); }) : [];
  }
  function draw() {
    if (typeof window.Chart === 'undefined') {
      return;
    }
    document.querySelectorAll('canvas.cv-chart').forEach(function (canvas) {
      var d = canvas.dataset;
      var labels = (d.labels || '').split('\n');
      var datasets = [{ label: d.name, data: numbers(d.values), borderColor: '#0d6efd', tension: 0.2, spanGaps: true }];
      if (d.target) {
        datasets.push({
          label: d.targetName,
          data: labels.map(function () { return Number(d.target); }),
          borderColor: '#dc3545',
          borderDash: [6, 4],
          pointRadius: 0
        });
      }
      new window.Chart(canvas, {
        type: 'line',
        data: { labels: labels, datasets: datasets },
        options: { responsive: true, scales: { y: { beginAtZero: true } } }
      });
    });
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', draw);
  } else {
    draw();
  }
})();
