// The statistics page's bar chart by field (Chart.js, from the canvas's data-* attributes). The table under it
// carries the same figures, for screen readers and without JavaScript.
(function () {
  'use strict';
  function numbers(text) {
    return text ? text.split(',').map(Number) : [];
  }
  function draw() {
    var canvas = document.getElementById('ex-stats-chart');
    if (!canvas || typeof window.Chart === 'undefined') {
      return;
    }
    var d = canvas.dataset;
    new window.Chart(canvas, {
      type: 'bar',
      data: {
        labels: (d.labels || '').split('\n'),
        datasets: [
          { label: d.nameRegistered, data: numbers(d.registered), backgroundColor: '#6ea8fe' },
          { label: d.nameEffective, data: numbers(d.effective), backgroundColor: '#ffc107' },
          { label: d.nameRecognised, data: numbers(d.recognised), backgroundColor: '#198754' }
        ]
      },
      options: { responsive: true, animation: false, scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } }
    });
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', draw);
  } else {
    draw();
  }
})();
