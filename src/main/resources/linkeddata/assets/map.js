// Draws the meeting places on the offline map: outlines from the shipped Natural Earth TopoJSON,
// places (with their coordinates from the reference-data graph) from /map/places.json.
(function () {
  var el = document.getElementById('map');
  // A few outlines (Russia's far east, Fiji) cross the 180th meridian and would be drawn as a band
  // across the whole map: in a ring that jumps by more than half the globe, western longitudes are
  // moved east by 360 degrees, so the ring stays in one piece just past the map's eastern edge.
  function unwrapped(ring) {
    for (var i = 1; i < ring.length; i++) {
      if (Math.abs(ring[i][0] - ring[i - 1][0]) > 180) {
        return ring.map(function (p) { return p[0] < 0 ? [p[0] + 360, p[1]] : p; });
      }
    }
    return ring;
  }
  function withoutWrappedRings(geo) {
    geo.features.forEach(function (f) {
      var g = f.geometry;
      if (!g) { return; }
      if (g.type === 'Polygon') { g.coordinates = g.coordinates.map(unwrapped); }
      if (g.type === 'MultiPolygon') { g.coordinates = g.coordinates.map(function (p) { return p.map(unwrapped); }); }
    });
    return geo;
  }
  function esc(s) { return String(s).replace(/[&<>"']/g, function (c) { return '&#' + c.charCodeAt(0) + ';'; }); }
  if (!el || !window.echarts || !window.topojson) { return; }
  Promise.all([fetch(el.dataset.outlines).then(function (r) { return r.json(); }),
               fetch(el.dataset.places).then(function (r) { return r.json(); })])
    .then(function (loaded) {
      var topo = loaded[0], places = loaded[1].places;
      echarts.registerMap('world', withoutWrappedRings(topojson.feature(topo, topo.objects.countries)));
      var chart = echarts.init(el);
      var lons = places.map(function (p) { return p.long; }), lats = places.map(function (p) { return p.lat; });
      var center = places.length ? [(Math.min.apply(null, lons) + Math.max.apply(null, lons)) / 2,
                                    (Math.min.apply(null, lats) + Math.max.apply(null, lats)) / 2] : [90, 35];
      chart.setOption({
        animation: false,
        tooltip: { trigger: 'item', formatter: function (p) {
          return p.data ? '<b>' + esc(p.data.name) + '</b><br/>' + p.data.events.map(esc).join('<br/>') : esc(p.name); } },
        geo: { map: 'world', roam: true, center: center, zoom: places.length > 1 ? 2.5 : 4,
               itemStyle: { areaColor: '#eef1f5', borderColor: '#9aa5b5' }, emphasis: { disabled: true } },
        series: [{ type: 'scatter', coordinateSystem: 'geo', symbolSize: function (v, p) { return 8 + 3 * p.data.events.length; },
                   label: { show: true, formatter: '{b}', position: 'right', fontSize: 13 },
                   itemStyle: { color: '#1f5fa8' },
                   data: places.map(function (p) {
                     return { name: p.label, value: [p.long, p.lat], id: p.id, events: p.events };
                   }) }]
      });
      chart.on('click', function (p) { if (p.data && p.data.id) { location.href = el.dataset.pages + p.data.id; } });
      el.dataset.ready = String(places.length);
      window.addEventListener('resize', function () { chart.resize(); });
    })
    .catch(function (e) { el.textContent = '地图无法加载 The map could not be drawn: ' + e; });
})();
