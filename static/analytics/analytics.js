// The analytics page's charts: each div.chart names (data-chart) the json_script element
// holding its data (apps/analytics/charts.py). A click on a bar, point or Sankey link opens
// the list behind it. No inline script (django-csp): this file and ECharts are static files.
(function () {
  "use strict";

  function axisChart(data, horizontal) {
    var series = data.series.map(function (s) {
      return {
        name: s.name,
        type: "bar",
        stack: data.kind === "stacked" ? (s.stack || "all") : undefined,
        data: s.data,
        emphasis: { focus: "series" },
      };
    });
    var category = { type: "category", data: data.categories, inverse: horizontal };
    var value = { type: "value", minInterval: 1 };
    return {
      tooltip: {
        trigger: "item",
        renderMode: "richText",
        // Designations stack one bar per agency: the tooltip names the agency too.
        formatter: function (params) {
          var stack = data.series[params.seriesIndex].stack;
          return params.name + (stack ? " · " + stack : "") + " · " + params.seriesName + ": " + params.value;
        },
      },
      legend: { type: "scroll", top: 0 },
      grid: { left: horizontal ? 160 : 50, right: 20, top: 40, bottom: 30, containLabel: false },
      xAxis: horizontal ? value : category,
      yAxis: horizontal ? category : value,
      series: series,
    };
  }

  function valueChart(data) {
    var sum = data.series[0], median = data.series[1], count = data.series[2];
    return {
      tooltip: { trigger: "item", renderMode: "richText" },
      legend: { top: 0 },
      grid: { left: 60, right: 60, top: 40, bottom: 30 },
      xAxis: { type: "category", data: data.categories },
      yAxis: [
        { type: "value", name: "USD m" },
        { type: "value", name: "deals", minInterval: 1, splitLine: { show: false } },
      ],
      series: [
        { name: sum.name, type: "bar", data: sum.data },
        { name: median.name, type: "line", data: median.data, connectNulls: false },
        { name: count.name, type: "line", yAxisIndex: 1, data: count.data, lineStyle: { type: "dashed" } },
      ],
    };
  }

  function sankeyChart(data) {
    return {
      tooltip: { trigger: "item", renderMode: "richText" },
      series: [{
        type: "sankey",
        data: data.nodes.map(function (name) { return { name: name }; }),
        links: data.links.map(function (l) {
          return { source: l.source, target: l.target, value: l.value };
        }),
        emphasis: { focus: "adjacency" },
        lineStyle: { color: "gradient", curveness: 0.5 },
        label: { fontSize: 11 },
      }],
    };
  }

  function option(data) {
    if (data.kind === "sankey") return sankeyChart(data);
    if (data.kind === "value") return valueChart(data);
    return axisChart(data, data.kind === "top");
  }

  function linkOf(data, params) {
    if (data.kind === "sankey") {
      return params.dataType === "edge" ? data.links[params.dataIndex].url : null;
    }
    var series = data.series[params.seriesIndex];
    return series && series.links ? series.links[params.dataIndex] : null;
  }

  function draw(element) {
    var source = document.getElementById(element.dataset.chart);
    if (!source || !window.echarts) return;
    var data = JSON.parse(source.textContent);
    if (data.kind === "top") {
      element.style.height = Math.max(160, data.categories.length * 22 + 60) + "px";
    }
    var chart = window.echarts.init(element, null, { renderer: "canvas" });
    var settings = option(data);
    // Drawn at once: the bars are where a click (or a reader's eye) expects them.
    settings.animation = false;
    chart.setOption(settings);
    chart.on("click", function (params) {
      var url = linkOf(data, params);
      if (url) window.location.assign(url);
    });
    window.addEventListener("resize", function () { chart.resize(); });
    element.classList.add("chart-drawn");
  }

  function start() {
    document.querySelectorAll("div.chart[data-chart]").forEach(draw);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
