// Review screen: upload progress, and each highlighted passage linked to its proposal (and back).
(function () {
  document.addEventListener('htmx:xhr:progress', function (event) {
    var bar = document.getElementById('upload-progress');
    if (bar && event.detail.lengthComputable) {
      bar.hidden = false;
      bar.value = Math.round(event.detail.loaded * 100 / event.detail.total);
    }
  });
  function activate(index) {
    document.querySelectorAll('.active').forEach(function (el) { el.classList.remove('active'); });
    var mark = document.getElementById('src-' + index);
    var card = document.getElementById('task-' + index);
    if (mark) { mark.classList.add('active'); }
    if (card) { card.classList.add('active'); }
    return { mark: mark, card: card };
  }
  document.addEventListener('click', function (event) {
    var mark = event.target.closest('mark[data-task]');
    if (mark) {
      var found = activate(mark.dataset.task);
      if (found.card) { found.card.scrollIntoView({ behavior: 'smooth', block: 'center' }); }
    }
  });
  document.addEventListener('change', function (event) {
    if (event.target.matches('.proposal .keep input[type=checkbox]')) {
      event.target.closest('.proposal').classList.toggle('dropped', !event.target.checked);
    }
  });
})();
