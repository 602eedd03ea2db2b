// The header's menu: on a phone the navigation folds behind the "Menu" button; on a desk its groups open as
// drop-downs (<details>, which work by keyboard without this script), one at a time, closed by Escape or a click
// elsewhere. Without scripts the navigation simply stays unfolded.
(function () {
  'use strict';
  document.documentElement.classList.add('js');

  function menus() { return document.querySelectorAll('header.top details.nav-menu'); }

  function closeMenus(except) {
    menus().forEach(function (d) { if (d !== except) { d.open = false; } });
  }

  document.addEventListener('click', function (event) {
    var toggle = event.target.closest && event.target.closest('.menu-toggle');
    if (toggle) {
      var nav = document.getElementById(toggle.getAttribute('aria-controls'));
      var open = toggle.getAttribute('aria-expanded') !== 'true';
      toggle.setAttribute('aria-expanded', String(open));
      nav.classList.toggle('open', open);
      return;
    }
    if (!(event.target.closest && event.target.closest('details.nav-menu'))) { closeMenus(null); }
  });

  // Opening one drop-down closes the others ('toggle' does not bubble, hence the capture).
  document.addEventListener('toggle', function (event) {
    if (event.target.matches && event.target.matches('details.nav-menu') && event.target.open) {
      closeMenus(event.target);
    }
  }, true);

  // A box that scrolls sideways (a wide table on a phone, a long text) can be reached and scrolled by keyboard too
  // (WCAG 2.1.1): it becomes a focusable region named after the heading above it.
  function scrollables() {
    document.querySelectorAll('main .table-wrap, main pre').forEach(function (box) {
      var scrolls = box.scrollWidth > box.clientWidth + 1 || box.scrollHeight > box.clientHeight + 1;
      if (scrolls && !box.hasAttribute('tabindex')) {
        var heading = box.closest('section, main').querySelector('h1, h2');
        box.setAttribute('tabindex', '0');
        box.setAttribute('role', 'region');
        box.setAttribute('aria-label', (heading ? heading.textContent.trim() + ' — ' : '') + (document.body.dataset.wordScrollable || ''));
      }
    });
  }
  document.addEventListener('DOMContentLoaded', scrollables);
  document.addEventListener('htmx:afterSettle', scrollables);
  window.addEventListener('resize', scrollables);

  document.addEventListener('keydown', function (event) {
    if (event.key !== 'Escape') { return; }
    var open = document.querySelector('header.top details.nav-menu[open]');
    if (open) {
      open.open = false;
      open.querySelector('summary').focus();
    }
  });
}());
