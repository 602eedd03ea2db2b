// The one way a page draws a chart: ECharts on the element with this id, resized with the window.
window.drawChart = function (id, option) {
  var chart = echarts.init(document.getElementById(id));
  chart.setOption(option);
  window.addEventListener('resize', function () { chart.resize(); });
  return chart;
};
