// The public showcase's map (Leaflet, our own GeoJSON of the entries on show, no external tiles): a marker per
// entry with its name, place and a link to its page. The cards under it carry the same entries without JavaScript.
(function () {
  'use strict';
  function map() {
    var element = document.getElementById('ex-showcase-map');
    if (!element || typeof window.L === 'undefined') {
      return;
    }
    var L = window.L;
    var m = L.map(element, { preferCanvas: true, attributionControl: false });
    m.setView([20.75, 106.1], 9);
    fetch(element.dataset.geojson, { headers: { Accept: 'application/geo+json' } })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (data) {
        if (!data || !data.features || data.features.length === 0) {
          return;
        }
        var layer = L.geoJSON(data, {
          pointToLayer: function (feature, latlng) {
            return L.circleMarker(latlng, { radius: 6, color: '#333', weight: 1, fillColor: '#dc3545', fillOpacity: 0.9 });
          },
          onEachFeature: function (feature, l) {
            var p = feature.properties || {};
            var box = document.createElement('div');
            var link = document.createElement('a');
            link.href = p.url;
            link.textContent = p.name || '';
            box.appendChild(link);
            box.appendChild(document.createElement('br'));
            box.appendChild(document.createTextNode((p.place || '') + ' · ' + (p.field || '')));
            l.bindPopup(box);
          }
        }).addTo(m);
        m.fitBounds(layer.getBounds(), { maxZoom: 13, padding: [20, 20] });
      });
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', map);
  } else {
    map();
  }
})();
