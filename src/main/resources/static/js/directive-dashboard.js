// Draws the dashboard's "tasks per status of each document" chart from the canvas's data-* attributes.
// The table under it carries the same numbers, for screen readers and for browsers without JavaScript.
(function () {
  'use strict';
  function numbers(text) {
    return text ? text.split(',').map(Number) : [];
  }
  function draw() {
    var canvas = document.getElementById('directive-status-chart');
    if (!canvas || typeof window.Chart === 'undefined') {
      return;
    }
    var d = canvas.dataset;
    var series = [
      { label: d.nameOnTime, data: numbers(d.onTime), backgroundColor: '#198754' },
      { label: d.nameLate, data: numbers(d.late), backgroundColor: '#ffc107' },
      { label: d.nameInProgress, data: numbers(d.inProgress), backgroundColor: '#0d6efd' },
      { label: d.nameOverdue, data: numbers(d.overdue), backgroundColor: '#dc3545' }
    ];
    new window.Chart(canvas, {
      type: 'bar',
      data: { labels: (d.labels || '').split('\n'), datasets: series },
      options: {
        indexAxis: 'y',
        responsive: true,
        scales: { x: { stacked: true, ticks: { precision: 0 } }, y: { stacked: true } }
      }
    });
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', draw);
  } else {
    draw();
  }
})();
