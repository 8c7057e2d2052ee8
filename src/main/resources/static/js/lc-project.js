// The project page's weekly trend chart (Chart.js, from the canvas's data-* attributes) and map (Leaflet, from the
// project's GeoJSON: the boundary and households coloured by stage). The tables on the page carry the same figures,
// so the page stays useful without JavaScript. No external tiles unless a tile URL is configured.
(function () {
  'use strict';
  var STAGE_COLOURS = {
    NOT_INVENTORIED: '#adb5bd',
    INVENTORIED: '#6ea8fe',
    PLAN_POSTED: '#0dcaf0',
    AGREED: '#ffc107',
    PAID: '#fd7e14',
    HANDED_OVER: '#198754'
  };

  function numbers(text) {
    return text ? text.split(',').map(Number) : [];
  }

  function chart() {
    var canvas = document.getElementById('lc-trend-chart');
    if (!canvas || typeof window.Chart === 'undefined') {
      return;
    }
    var d = canvas.dataset;
    new window.Chart(canvas, {
      type: 'line',
      data: {
        labels: (d.labels || '').split(','),
        datasets: [
          { label: d.nameConsented, data: numbers(d.consented), borderColor: '#b58900', backgroundColor: '#ffc107', tension: 0.2 },
          { label: d.nameHanded, data: numbers(d.handed), borderColor: '#198754', backgroundColor: '#198754', tension: 0.2 }
        ]
      },
      options: { responsive: true, animation: false, scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } }
    });
  }

  function text(value) {
    var span = document.createElement('span');
    span.textContent = value == null ? '' : String(value);
    return span;
  }

  function map() {
    var element = document.getElementById('lc-project-map');
    if (!element || typeof window.L === 'undefined') {
      return;
    }
    var L = window.L;
    var m = L.map(element, { preferCanvas: true, attributionControl: false });
    if (element.dataset.tileUrl) {
      L.tileLayer(element.dataset.tileUrl, { maxZoom: 19 }).addTo(m);
    }
    m.setView([20.65, 106.05], 10);
    fetch(element.dataset.geojson, { headers: { Accept: 'application/geo+json' }, credentials: 'same-origin' })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (data) {
        if (!data || !data.features || data.features.length === 0) {
          return;
        }
        var layer = L.geoJSON(data, {
          style: function () {
            return { color: '#6f42c1', weight: 2, fillOpacity: 0.12 };
          },
          pointToLayer: function (feature, latlng) {
            var colour = STAGE_COLOURS[feature.properties.stage] || '#6c757d';
            return L.circleMarker(latlng, { radius: 6, color: '#333', weight: 1, fillColor: colour, fillOpacity: 0.9 });
          },
          onEachFeature: function (feature, l) {
            var p = feature.properties || {};
            if (p.kind === 'household') {
              var box = document.createElement('div');
              var code = document.createElement('strong');
              code.textContent = p.code || '';
              box.appendChild(code);
              box.appendChild(document.createElement('br'));
              box.appendChild(text(p.stageLabel));
              l.bindPopup(box);
            }
          }
        }).addTo(m);
        var bounds = layer.getBounds();
        if (bounds.isValid()) {
          m.fitBounds(bounds, { padding: [12, 12], maxZoom: 17 });
        }
      })
      .catch(function () { /* the tables above still show every figure */ });
  }

  function start() {
    chart();
    map();
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
