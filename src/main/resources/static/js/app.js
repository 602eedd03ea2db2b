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
