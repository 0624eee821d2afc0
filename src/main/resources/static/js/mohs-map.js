// The Mohs tissue map of the next stage: each block (an SVG sector) is focusable; a click, Space or
// Enter cycles its margin clear -> peripheral -> deep. The form's selects carry the margins (so the
// form works without JavaScript); this script keeps the map and the selects in step both ways.
(function () {
  'use strict';
  var ORDER = ['clear', 'peripheral', 'deep'];

  function setup(map) {
    var form = map.closest('form');
    if (!form) {
      return;
    }
    map.querySelectorAll('path.sector').forEach(function (sector) {
      var select = form.querySelector('select.margin-select[data-index="' + sector.getAttribute('data-index') + '"]');
      if (!select) {
        return;
      }
      // the words of the label come from the select's own options, in the page's language
      function words(code) {
        var option = select.querySelector('option[value="' + code + '"]');
        return option ? option.textContent : code;
      }
      var label = form.querySelector('label[for="' + select.id + '"]');
      function show(code) {
        ORDER.forEach(function (m) { sector.classList.remove('margin-' + m); });
        sector.classList.add('margin-' + code);
        sector.setAttribute('data-margin', code);
        var text = (label ? label.textContent : '') + ': ' + words(code);
        sector.setAttribute('aria-label', text);
        var title = sector.querySelector('title');
        if (title) {
          title.textContent = text;
        }
      }
      function cycle() {
        var next = ORDER[(ORDER.indexOf(select.value) + 1) % ORDER.length];
        select.value = next;
        show(next);
      }
      sector.addEventListener('click', cycle);
      sector.addEventListener('keydown', function (event) {
        if (event.key === ' ' || event.key === 'Enter' || event.key === 'Spacebar') {
          event.preventDefault();
          cycle();
        }
      });
      select.addEventListener('change', function () { show(select.value); });
      show(select.value);
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('svg.tissue-map.editable').forEach(setup);
  });
})();
