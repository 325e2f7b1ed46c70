// Draws an entity's neighbourhood as a force-directed graph; a click opens a node's page.
(function () {
  var el = document.getElementById('graph');
  if (!el || !window.echarts) { return; }
  fetch(el.dataset.src).then(function (r) { return r.json(); }).then(function (g) {
    var chart = echarts.init(el);
    chart.setOption({
      animationDurationUpdate: 0,
      tooltip: {},
      legend: [{ data: g.categories.map(function (c) { return c.name; }) }],
      series: [{
        type: 'graph', layout: 'force', roam: true, draggable: true,
        categories: g.categories,
        data: g.nodes.map(function (n, i) {
          return { id: n.id, name: n.name, category: n.category, page: n.page, symbolSize: i === 0 ? 36 : 18 };
        }),
        links: g.links.map(function (l) { return { source: l.source, target: l.target, value: l.label }; }),
        label: { show: true, position: 'right', fontSize: 12 },
        edgeLabel: { show: g.links.length <= 30, formatter: function (p) { return p.data.value; }, fontSize: 10 },
        edgeSymbol: ['none', 'arrow'],
        force: { repulsion: 220, edgeLength: 90 }
      }]
    });
    chart.on('click', function (p) { if (p.dataType === 'node' && p.data.page) { location.href = el.dataset.pages + p.data.page; } });
    el.dataset.ready = String(g.nodes.length);
    window.addEventListener('resize', function () { chart.resize(); });
  });
})();
