// Keeps the header's inbox count live: the server pushes the count over server-sent events when a notice arrives.
(function () {
  var link = document.getElementById('inbox-link');
  if (!link || !window.EventSource) {
    return;
  }
  var source = new EventSource('/notifications/stream');
  source.addEventListener('inbox-count', function (event) {
    var count = parseInt(event.data, 10);
    var badge = link.querySelector('.badge');
    if (!badge) {
      badge = document.createElement('span');
      badge.className = 'badge s-OVERDUE';
      badge.style.marginLeft = '.3rem';
      link.appendChild(badge);
    }
    badge.textContent = String(count);
    badge.hidden = !(count > 0);
  });
})();
