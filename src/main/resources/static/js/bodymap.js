// Body map: a click (or Enter on a focused region) places the new lesion. The region gives the
// site; the side comes from the region, or from the click relative to the drawing's midline.
(function () {
  'use strict';
  var form = document.getElementById('lesion-form');
  if (!form) { return; }
  var MIDLINE_BAND = 2; // percent of the drawing's width either side of the centre counts as midline

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
  }

  document.querySelectorAll('.bodymap svg').forEach(function (svg) {
    svg.querySelectorAll('.region').forEach(function (region) {
      region.addEventListener('click', function (event) {
        var point = svg.createSVGPoint();
        point.x = event.clientX;
        point.y = event.clientY;
        var local = point.matrixTransform(svg.getScreenCTM().inverse());
        place(svg, region, local.x, local.y);
      });
      region.addEventListener('keydown', function (event) {
        if (event.key === 'Enter' || event.key === ' ') {
          event.preventDefault();
          var box = region.getBBox();
          place(svg, region, box.x + box.width / 2, box.y + box.height / 2);
        }
      });
    });
  });
})();
