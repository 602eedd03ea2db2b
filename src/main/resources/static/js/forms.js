// What the pages' forms do as people type (no inline handlers: the CSP forbids them).
(function () {
  'use strict';

  // --- Date fields: text in dd/mm/yyyy whatever the browser's language, and a calendar to pick from. ---
  // The calendar (flatpickr, Vietnamese) sits behind a button and only writes the day picked: it never
  // rewrites what was typed, so "31/02/2027" reaches the server, which says what is wrong with it.

  var DMY = /^(\d{1,2})[\/.-](\d{1,2})[\/.-](\d{4})$/;

  function parseDay(text) {
    var m = DMY.exec((text || '').trim());
    if (!m) { return null; }
    var d = new Date(+m[3], +m[2] - 1, +m[1]);
    return d.getDate() === +m[1] && d.getMonth() === +m[2] - 1 ? d : null;
  }

  function two(n) { return (n < 10 ? '0' : '') + n; }

  function formatDay(d) { return two(d.getDate()) + '/' + two(d.getMonth() + 1) + '/' + d.getFullYear(); }

  function setTyped(input, value) {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    input.dispatchEvent(new Event('change', { bubbles: true }));
  }

  // Words in the page's language, from the layout's <body data-word-…> (ADR 0033).
  function word(name) {
    return document.body.dataset['word' + name.charAt(0).toUpperCase() + name.slice(1)] || '';
  }

  function attachCalendar(input) {
    if (input.dataset.calendar || !window.flatpickr) { return; }
    input.dataset.calendar = 'on';
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'date-pick';
    button.setAttribute('aria-label', word('datePick'));
    button.title = word('datePick');
    // flatpickr turns the element it is given into a text field: this one is never shown, the calendar
    // opens beside the field the person types into.
    var holder = document.createElement('input');
    holder.className = 'date-holder';
    holder.tabIndex = -1;
    holder.setAttribute('aria-hidden', 'true');
    var wrap = document.createElement('span');
    wrap.className = 'date-field';
    input.insertAdjacentElement('beforebegin', wrap);
    wrap.appendChild(input);
    wrap.appendChild(button);
    wrap.appendChild(holder);
    var picker = window.flatpickr(holder, {
      locale: document.documentElement.lang === 'en' ? 'default' : 'vn', dateFormat: 'd/m/Y', clickOpens: false, disableMobile: true, positionElement: input,
      minDate: parseDay(input.dataset.min) || null, maxDate: parseDay(input.dataset.max) || null,
      onChange: function (dates) {
        if (dates.length) { setTyped(input, formatDay(dates[0])); input.focus(); }
      }
    });
    button.addEventListener('click', function () {
      picker.setDate(parseDay(input.value), false);
      picker.open();
    });
  }

  // --- A deadline's wording, read as it is typed: "cuối quý I/2027 → 31/03/2027", and the date filled in. ---
  // The date is filled while it is empty or still holds what an earlier reading put there; a date the
  // person typed is left alone, with a button to take the reading's instead.

  function reference(input) {
    var from = input.dataset.referenceFrom && document.getElementById(input.dataset.referenceFrom);
    if (!from) { return input.dataset.reference || ''; }
    if (from.tagName === 'SELECT') {
      var option = from.options[from.selectedIndex];
      return (option && option.dataset.date) || input.dataset.reference || '';
    }
    return parseDay(from.value) ? from.value.trim() : (input.dataset.reference || '');
  }

  function readWording(input) {
    var date = document.getElementById(input.dataset.deadlineWording);
    var out = document.getElementById(input.dataset.reading);
    if (!date || !out) { return; }
    var text = input.value;
    if (!text.trim()) { out.textContent = ''; return; }
    var ref = reference(input);
    var url = input.dataset.readingUrl + '?text=' + encodeURIComponent(text) + (ref ? '&reference=' + encodeURIComponent(ref) : '');
    fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (reading) {
        if (!reading || input.value !== text) { return; }
        out.textContent = reading.summary || '';
        if (reading.recurrence) { out.textContent += ' · ' + reading.recurrence; }
        if (!reading.date) { return; }
        if (date.value.trim() === '' || date.value === date.dataset.filledFrom) {
          date.dataset.filledFrom = reading.date;
          setTyped(date, reading.date);
        } else if (date.value.trim() !== reading.date) {
          var use = document.createElement('button');
          use.type = 'button';
          use.className = 'link-button';
          use.textContent = word('dateUse').replace('{0}', reading.date);
          use.addEventListener('click', function () {
            date.dataset.filledFrom = reading.date;
            setTyped(date, reading.date);
            use.remove();
          });
          out.appendChild(document.createTextNode(' ' + word('dateField').replace('{0}', date.value.trim()) + ' '));
          out.appendChild(use);
        }
      })
      .catch(function () { out.textContent = ''; });
  }

  function attachWording(input) {
    if (input.dataset.wordingOn) { return; }
    input.dataset.wordingOn = 'on';
    var timer;
    input.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(function () { readWording(input); }, 400);
    });
    var from = input.dataset.referenceFrom && document.getElementById(input.dataset.referenceFrom);
    if (from) { from.addEventListener('change', function () { readWording(input); }); }
    if (input.value.trim()) { readWording(input); }
  }

  function attach(root) {
    root.querySelectorAll('input[data-date-field]').forEach(attachCalendar);
    root.querySelectorAll('input[data-deadline-wording]').forEach(attachWording);
  }

  document.addEventListener('DOMContentLoaded', function () { attach(document); });
  document.addEventListener('htmx:load', function (event) { attach(event.target); });
})();
