// Sends the CSRF token with every htmx request, as Spring Security expects for non-GET requests.
document.addEventListener('htmx:configRequest', function (event) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) { event.detail.headers[header.content] = token.content; }
});

// A field marked data-autosubmit sends its form when it changes (no inline handler: the CSP forbids them).
document.addEventListener('change', function (event) {
  if (event.target.matches && event.target.matches('[data-autosubmit]') && event.target.form) {
    event.target.form.submit();
  }
});

// A form sent with POST carries a one-time submission id, so that a double click, or the same form sent again while
// the first is on its way, does its work once: the server answers the repeat with the first answer (IdempotencyFilter).
// Added in the capture phase, before htmx reads the form; a form used again (after an htmx request, or a page brought
// back by the Back button) gets a new one.
function submissionId() {
  var bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.prototype.map.call(bytes, function (b) { return ('0' + b.toString(16)).slice(-2); }).join('');
}
document.addEventListener('submit', function (event) {
  var form = event.target;
  if (!(form instanceof HTMLFormElement) || form.method !== 'post' || form.querySelector('input[name="_submission"]')) {
    return;
  }
  var id = document.createElement('input');
  id.type = 'hidden';
  id.name = '_submission';
  id.value = submissionId();
  form.appendChild(id);
}, true);
document.addEventListener('htmx:afterRequest', function (event) {
  var form = event.target.closest && event.target.closest('form');
  var id = form && form.querySelector('input[name="_submission"]');
  if (id) { id.remove(); }
});
window.addEventListener('pageshow', function (event) {
  if (event.persisted) {
    document.querySelectorAll('input[name="_submission"]').forEach(function (id) { id.remove(); });
  }
});
