// claimtrack: the figures chart of one group. One scatter series per source;
// a figure with bounds (low-high) is drawn as a vertical bar, an open bound
// ("meer dan 12.000") as a dashed stub in its direction. Data comes from the
// <script type="application/json" id="chart-data"> block (JSON, never executed).
// Needs vendor/chart.umd.min.js (Chart.js 4.6.1, MIT).
(function () {
  "use strict";
  var holder = document.getElementById("chart-data");
  var canvas = document.getElementById("group-chart");
  if (!holder || !canvas || typeof Chart === "undefined") { return; }
  var data = JSON.parse(holder.textContent);
  var palette = ["#0b5cad", "#d62d20", "#0b6e4f", "#8a3ffc", "#ff832b", "#005d5d", "#9f1853", "#6f6f6f", "#b28600", "#1192e8"];

  function day(ms) {
    var d = new Date(ms);
    var p = function (n) { return (n < 10 ? "0" : "") + n; };
    return d.getUTCFullYear() + "-" + p(d.getUTCMonth() + 1) + "-" + p(d.getUTCDate()) + " " + p(d.getUTCHours()) + ":" + p(d.getUTCMinutes());
  }

  var datasets = data.series.map(function (s, i) {
    var color = palette[i % palette.length];
    return {
      label: s.label,
      data: s.points.map(function (p) {
        return { x: p.x, y: p.low !== null ? p.low : p.high, low: p.low, high: p.high, text: p.text };
      }),
      backgroundColor: color,
      borderColor: color,
      pointRadius: 5,
      pointHoverRadius: 7,
      showLine: true,
      borderWidth: 1,
      borderDash: [3, 3]
    };
  });

  var bounds = {
    id: "claimtrackBounds",
    afterDatasetsDraw: function (chart) {
      var ctx = chart.ctx, y = chart.scales.y;
      chart.data.datasets.forEach(function (ds, i) {
        var meta = chart.getDatasetMeta(i);
        if (meta.hidden) { return; }
        meta.data.forEach(function (el, j) {
          var p = ds.data[j], top, bottom;
          if (p.low !== null && p.high !== null && p.high !== p.low) {
            top = y.getPixelForValue(p.high); bottom = y.getPixelForValue(p.low);
            ctx.save(); ctx.strokeStyle = ds.borderColor; ctx.lineWidth = 3;
            ctx.beginPath(); ctx.moveTo(el.x, bottom); ctx.lineTo(el.x, top);
            ctx.moveTo(el.x - 6, top); ctx.lineTo(el.x + 6, top);
            ctx.moveTo(el.x - 6, bottom); ctx.lineTo(el.x + 6, bottom);
            ctx.stroke(); ctx.restore();
          } else if ((p.low === null) !== (p.high === null)) {
            var dir = p.low !== null ? -1 : 1;
            ctx.save(); ctx.strokeStyle = ds.borderColor; ctx.lineWidth = 2; ctx.setLineDash([4, 3]);
            ctx.beginPath(); ctx.moveTo(el.x, el.y); ctx.lineTo(el.x, el.y + dir * 28); ctx.stroke(); ctx.restore();
          }
        });
      });
    }
  };

  var xs = [];
  datasets.forEach(function (ds) { ds.data.forEach(function (p) { xs.push(p.x); }); });
  var span = xs.length ? Math.max.apply(null, xs) - Math.min.apply(null, xs) : 0;
  var tickText = function (v) { return span < 3 * 86400000 ? day(v).slice(5) : day(v).slice(0, 10); };
  // Short spans tick as "01-14 21:00": the axis title carries the year(s).
  var years = xs.length ? [day(Math.min.apply(null, xs)).slice(0, 4), day(Math.max.apply(null, xs)).slice(0, 4)] : [];
  var axisTitle = "time (UTC" + (years.length ? ", " + (years[0] === years[1] ? years[0] : years[0] + "\u2013" + years[1]) : "") + ")";

  var chart = new Chart(canvas, {
    type: "scatter",
    data: { datasets: datasets },
    plugins: [bounds],
    options: {
      animation: false,
      maintainAspectRatio: false,
      scales: {
        x: { type: "linear", title: { display: true, text: axisTitle }, ticks: { callback: tickText, maxTicksLimit: 6 } },
        y: { beginAtZero: true, title: { display: true, text: data.unit || "count" } }
      },
      plugins: {
        legend: { position: "bottom" },
        tooltip: { callbacks: { label: function (c) { return c.dataset.label + ": " + c.raw.text + " (" + day(c.raw.x) + ")"; } } }
      }
    }
  });
  window.claimtrackChart = chart;
})();
