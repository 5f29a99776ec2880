(function () {
  'use strict';
  var outcome = document.getElementById('filter-outcome');
  var family = document.getElementById('filter-family');
  var search = document.getElementById('search');
  var shown = document.getElementById('shown');
  var none = document.getElementById('no-match');
  var rows = Array.prototype.slice.call(document.querySelectorAll('article.req'));
  var texts = rows.map(function (row) { return row.textContent.toLowerCase(); });

  function apply() {
    var o = outcome.value;
    var f = family.value;
    var q = search.value.trim().toLowerCase();
    var count = 0;
    rows.forEach(function (row, i) {
      var visible = (!o || row.dataset.outcome === o) && (!f || row.dataset.family === f) && (!q || texts[i].indexOf(q) >= 0);
      row.hidden = !visible;
      if (visible) { count++; }
    });
    shown.textContent = count + ' of ' + rows.length + ' requirements shown';
    none.hidden = count !== 0;
  }

  function reveal() {
    var target = location.hash.length > 1 ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
    var row = target ? target.closest('article.req') : null;
    var evidence = target && target.matches('li.check') ? target.querySelector('details.evidence') : null;
    if (evidence) { evidence.open = true; }
    if (row && row.hidden) {
      outcome.value = '';
      family.value = '';
      search.value = '';
      apply();
      row.scrollIntoView();
    }
  }

  window.addEventListener('hashchange', reveal);
  outcome.addEventListener('change', apply);
  family.addEventListener('change', apply);
  search.addEventListener('input', apply);

  var closedBeforePrint = [];
  window.addEventListener('beforeprint', function () {
    closedBeforePrint = Array.prototype.filter.call(document.querySelectorAll('details'), function (d) { return !d.open; });
    closedBeforePrint.forEach(function (d) { d.open = true; });
  });
  window.addEventListener('afterprint', function () {
    closedBeforePrint.forEach(function (d) { d.open = false; });
    closedBeforePrint = [];
  });
  apply();
}());
