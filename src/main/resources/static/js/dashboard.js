// The dashboard page: draws tiles, charts and the unit table from the JSON, and draws them again
// (debounced) whenever the server says that a task changed.
(function () {
  'use strict';
  var STATUSES = ['completedOnTime', 'completedLate', 'inProgress', 'dueSoon', 'overdue', 'noDeadline'];
  var ENUMS = ['COMPLETED_ON_TIME', 'COMPLETED_LATE', 'IN_PROGRESS', 'DUE_SOON', 'OVERDUE', 'NO_DEADLINE'];
  var COLORS = ['#1e7d34', '#8a5a00', '#0b5cad', '#b35c00', '#b3261e', '#5b6776'];
  var labels = window.dashboardLabels;
  var charts = {};

  // A chart the page does not show (trend and leaders on a past day) is drawn into nothing.
  function chart(id) {
    var element = document.getElementById(id);
    if (!element) { return { setOption: function () {}, resize: function () {} }; }
    if (!charts[id]) { charts[id] = echarts.init(element); }
    return charts[id];
  }

  // The task list filtered as the dashboard counts: same date and policy.
  function tasksUrl(params) {
    var query = new URLSearchParams(params);
    query.set('asOf', window.dashboardUrls.asOf);
    if (window.dashboardUrls.policy) { query.set('policy', window.dashboardUrls.policy); }
    return window.dashboardUrls.tasks + '?' + query.toString();
  }

  function number(n) { return n.toLocaleString('vi-VN'); }

  function draw(data) {
    document.querySelectorAll('#tiles [data-status]').forEach(function (tile) {
      var status = tile.getAttribute('data-status');
      var value = status === 'TOTAL' ? data.totals.total : data.totals[STATUSES[ENUMS.indexOf(status)]];
      tile.querySelector('.n').textContent = number(value);
    });
    chart('chart-totals').setOption({
      tooltip: { trigger: 'item' },
      series: [{ type: 'pie', radius: ['40%', '70%'], avoidLabelOverlap: true,
        label: { formatter: '{b}: {c}' },
        data: STATUSES.map(function (s, i) {
          return { name: labels[ENUMS[i]], value: data.totals[s], itemStyle: { color: COLORS[i] } };
        })
          .filter(function (d) { return d.value > 0; }) }]
    });
    chart('chart-trend').setOption({
      tooltip: { trigger: 'axis' }, legend: { bottom: 0 }, grid: { left: 40, right: 10, top: 10, bottom: 50 },
      color: ['#0b5cad', '#1e7d34', '#8a5a00'],
      xAxis: { type: 'category', data: data.trend.map(function (m) { return m.month.substring(5) + '/' + m.month.substring(2, 4); }) },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        { name: labels.received, type: 'line', data: data.trend.map(function (m) { return m.received; }) },
        { name: labels.completedOnTime, type: 'bar', stack: 'done', data: data.trend.map(function (m) { return m.completedOnTime; }) },
        { name: labels.completedLate, type: 'bar', stack: 'done', data: data.trend.map(function (m) { return m.completedLate; }) }
      ]
    });
    var top = data.units.slice().sort(function (a, b) {
      return (b.counts.overdue - a.counts.overdue) || (b.counts.dueSoon - a.counts.dueSoon) || (b.counts.total - a.counts.total);
    }).slice(0, 15).reverse();
    stacked('chart-units', top.map(function (u) { return u.code; }), top.map(function (u) { return u.counts; }), 60);
    var leaders = data.leaders.slice().reverse();
    stacked('chart-leaders', leaders.map(function (l) { return l.name; }), leaders.map(function (l) { return l.counts; }), 170);
    var body = document.querySelector('#unit-table tbody');
    body.innerHTML = '';
    data.units.slice().sort(function (a, b) { return (b.counts.overdue - a.counts.overdue) || a.code.localeCompare(b.code); })
      .forEach(function (u) {
        var row = document.createElement('tr');
        var name = document.createElement('td');
        name.setAttribute('data-label', labels.unit);
        var link = document.createElement('a');
        link.href = tasksUrl({ leadUnit: u.code });
        link.textContent = u.name;
        name.appendChild(link);
        row.appendChild(name);
        STATUSES.concat(['total']).forEach(function (s, i) {
          var cell = document.createElement('td');
          cell.className = 'num';
          cell.setAttribute('data-label', s === 'total' ? labels.total : labels[ENUMS[i]]);
          if (u.counts[s] > 0 && s !== 'total') {
            var count = document.createElement('a');
            count.href = tasksUrl({ leadUnit: u.code, status: ENUMS[i] });
            count.textContent = number(u.counts[s]);
            count.setAttribute('aria-label', u.name + ': ' + number(u.counts[s]) + ' ' + labels[ENUMS[i]].toLowerCase());
            cell.appendChild(count);
          } else {
            cell.textContent = number(u.counts[s]);
            if (u.counts[s] === 0) { cell.classList.add('muted'); }
          }
          row.appendChild(cell);
        });
        body.appendChild(row);
      });
    var updated = document.getElementById('updated');
    if (updated) { updated.textContent = new Date().toLocaleTimeString('vi-VN'); }
  }

  function stacked(id, names, counts, left) {
    var narrow = window.innerWidth < 700;
    chart(id).setOption({
      color: COLORS, tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { bottom: 0, type: 'scroll' }, grid: { left: narrow ? Math.min(left, 110) : left, right: 10, top: 10, bottom: 40 },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', data: names, axisLabel: { width: narrow ? 100 : left - 10, overflow: 'truncate' } },
      series: STATUSES.map(function (s, i) {
        return { name: labels[ENUMS[i]], type: 'bar', stack: 'all', data: counts.map(function (c) { return c[s]; }) };
      })
    }, true);
  }

  var pending = null;
  function reload() {
    if (pending) { return; }
    pending = setTimeout(function () {
      pending = null;
      fetch(window.dashboardUrls.data, { headers: { Accept: 'application/json' } })
        .then(function (r) { return r.ok ? r.json() : Promise.reject(r.status); })
        .then(function (data) {
          draw(data);
          document.body.dispatchEvent(new Event('refresh-lists'));
          var live = document.getElementById('live');
          live.classList.add('flash');
          setTimeout(function () { live.classList.remove('flash'); }, 800);
        })
        .catch(function () { document.getElementById('live').classList.add('off'); });
    }, 1000);
  }

  draw(window.dashboardData);
  window.addEventListener('resize', function () { Object.keys(charts).forEach(function (k) { charts[k].resize(); }); });
  if (window.EventSource && window.dashboardUrls.stream) {
    var source = new EventSource(window.dashboardUrls.stream);
    source.addEventListener('task-changed', reload);
    source.onopen = function () { document.getElementById('live').classList.remove('off'); };
    source.onerror = function () { document.getElementById('live').classList.add('off'); };
  }
}());
