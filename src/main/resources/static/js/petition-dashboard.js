// Draws the petition dashboard's "received and overdue per area" bars from the canvas's data-* attributes.
// The table under it carries the same numbers, for screen readers and for browsers without JavaScript.
(function () {
  'use strict';
  function numbers(text) {
    return text ? text.split(',').map(Number) : [];
  }
  function draw() {
    var canvas = document.getElementById('pv-area-chart');
    if (!canvas || typeof window.Chart === 'undefined') {
      return;
    }
    var d = canvas.dataset;
    new window.Chart(canvas, {
      type: 'bar',
      data: {
        labels: (d.labels || '').split('\n'),
        datasets: [
          { label: d.nameReceived, data: numbers(d.received), backgroundColor: '#0d6efd' },
          { label: d.nameOverdue, data: numbers(d.overdue), backgroundColor: '#dc3545' }
        ]
      },
      options: { indexAxis: 'y', responsive: true, scales: { x: { ticks: { precision: 0 } } } }
    });
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', draw);
  } else {
    draw();
  }
})();
