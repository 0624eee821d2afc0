// Body map: a click (or Enter on a part reached with the arrow keys) places the new lesion. The
// part gives the site; the side comes from the part, or from the click relative to the drawing's
// midline. The map is one tab stop: its parts are not (tabindex -1), the arrow keys move between
// them. The site picker (a search field with the sites in the reader's language) does the same
// without the map: it sets the site and puts the dot in the middle of that part.
(function () {
  'use strict';
  var form = document.getElementById('lesion-form');
  if (!form) { return; }
  var MIDLINE_BAND = 2; // percent of the drawing's width either side of the centre counts as midline
  var map = document.getElementById('bodymap');
  var regions = Array.prototype.slice.call(document.querySelectorAll('.bodymap .region'));
  var current = -1;

  function place(svg, region, px, py) {
    var width = parseFloat(svg.getAttribute('data-width'));
    var height = parseFloat(svg.getAttribute('data-height'));
    var x = Math.max(0, Math.min(100, px * 100 / width));
    var y = Math.max(0, Math.min(100, py * 100 / height));
    var side = region.getAttribute('data-side');
    if (!side) {
      var mirrored = svg.getAttribute('data-mirrored') === 'true';
      if (Math.abs(x - 50) <= MIDLINE_BAND) { side = 'midline'; }
      else if ((x < 50) === mirrored) { side = 'right'; }
      else { side = 'left'; }
    }
    form.querySelector('[name=view]').value = svg.getAttribute('data-view');
    form.querySelector('[name=x]').value = x.toFixed(2);
    form.querySelector('[name=y]').value = y.toFixed(2);
    form.querySelector('[name=site]').value = region.getAttribute('data-site');
    form.querySelector('[name=laterality]').value = side.toUpperCase();
    document.querySelectorAll('.new-marker').forEach(function (m) { m.setAttribute('cx', -20); m.setAttribute('cy', -20); });
    var marker = svg.querySelector('.new-marker');
    marker.setAttribute('cx', px);
    marker.setAttribute('cy', py);
    regions.forEach(function (r) { r.classList.remove('chosen'); });
    region.classList.add('chosen');
  }

  function placeInMiddle(region) {
    place(region.ownerSVGElement, region, parseFloat(region.getAttribute('data-cx')),
      parseFloat(region.getAttribute('data-cy')));
  }

  function focusRegion(index) {
    if (regions.length === 0) { return; }
    current = (index + regions.length) % regions.length;
    regions[current].focus();
  }

  regions.forEach(function (region, index) {
    var svg = region.ownerSVGElement;
    region.addEventListener('click', function (event) {
      var point = svg.createSVGPoint();
      point.x = event.clientX;
      point.y = event.clientY;
      var local = point.matrixTransform(svg.getScreenCTM().inverse());
      place(svg, region, local.x, local.y);
    });
    region.addEventListener('focus', function () { current = index; });
  });

  if (map) {
    // roving focus: arrows move between the parts, Enter or Space marks one, Escape leaves it
    map.addEventListener('keydown', function (event) {
      var onRegion = event.target.classList && event.target.classList.contains('region');
      switch (event.key) {
        case 'ArrowRight': case 'ArrowDown':
          event.preventDefault(); focusRegion(onRegion ? current + 1 : Math.max(current, 0)); break;
        case 'ArrowLeft': case 'ArrowUp':
          event.preventDefault(); focusRegion(onRegion ? current - 1 : Math.max(current, 0)); break;
        case 'Home': event.preventDefault(); focusRegion(0); break;
        case 'End': event.preventDefault(); focusRegion(regions.length - 1); break;
        case 'Enter': case ' ':
          if (onRegion) { event.preventDefault(); placeInMiddle(event.target); }
          break;
        case 'Escape':
          if (onRegion) { event.preventDefault(); map.focus(); }
          break;
        default:
      }
    });
  }

  // the site picker
  var picker = form.querySelector('.site-picker');
  var search = document.getElementById('site-search');
  var status = document.getElementById('site-chosen');
  var options = Array.prototype.slice.call(document.querySelectorAll('#site-options option'));
  var siteSelect = form.querySelector('[name=site]');
  var sideSelect = form.querySelector('[name=laterality]');

  function normal(text) { return (text || '').trim().toLowerCase(); }

  function findOption(text) {
    var wanted = normal(text);
    if (!wanted) { return null; }
    return options.find(function (o) {
      return normal(o.value) === wanted || normal(o.getAttribute('data-code')) === wanted
        || normal(o.getAttribute('data-site')) === wanted;
    }) || null;
  }

  // the part of the site on the side already chosen, else the first drawn (the front view first)
  function partFor(option) {
    var place = option.getAttribute('data-place');
    var side = normal(sideSelect && sideSelect.value);
    var parts = regions.filter(function (r) { return r.getAttribute('data-site') === place; });
    return parts.find(function (r) { return side && r.getAttribute('data-side') === side; }) || parts[0] || null;
  }

  function choose(option) {
    var part = partFor(option);
    if (part) { placeInMiddle(part); }
    siteSelect.value = option.getAttribute('data-site');
    status.textContent = picker.getAttribute('data-chosen').replace('{0}', option.value);
  }

  if (search) {
    search.addEventListener('change', function () {
      var option = findOption(search.value);
      if (option) { choose(option); }
      else if (search.value.trim()) { status.textContent = picker.getAttribute('data-unknown'); }
    });
    search.addEventListener('input', function () {
      var option = findOption(search.value);
      if (option) { choose(option); }
    });
    // Enter in the search picks the site; it must not send the half-filled form
    search.addEventListener('keydown', function (event) {
      if (event.key === 'Enter') {
        event.preventDefault();
        var option = findOption(search.value);
        if (option) { choose(option); }
        else { status.textContent = picker.getAttribute('data-unknown'); }
      }
    });
  }
})();
