/*
 * The body map picker (templates/fragments/bodymap.html): makes the pictures work as checkboxes mirroring the
 * form's real checkbox list. Without this script the list alone is the control and the pictures stay inert.
 * No framework, no inline handlers (CSP: script-src 'self').
 */
(function () {
  'use strict';

  function enhance(map) {
    if (map.hasAttribute('data-bodymap-ready')) {
      return;
    }
    map.setAttribute('data-bodymap-ready', '');
    var boxes = {};
    map.querySelectorAll('.bodymap-list input[type="checkbox"]').forEach(function (box) {
      boxes[box.value] = box;
    });
    var shapes = {};
    map.querySelectorAll('.bodymap-region[data-region]').forEach(function (shape) {
      shapes[shape.getAttribute('data-region')] = shape;
    });

    function show(code) {
      var shape = shapes[code];
      var box = boxes[code];
      if (shape && box) {
        shape.setAttribute('aria-checked', box.checked ? 'true' : 'false');
        shape.classList.toggle('is-selected', box.checked);
      }
    }

    function toggle(code) {
      var box = boxes[code];
      if (box && !box.disabled) {
        box.checked = !box.checked;
        // Let other listeners (htmx, form checks) know, as if the box had been ticked.
        box.dispatchEvent(new Event('change', { bubbles: true }));
      }
    }

    Object.keys(shapes).forEach(function (code) {
      var shape = shapes[code];
      shape.addEventListener('click', function () {
        toggle(code);
      });
      shape.addEventListener('keydown', function (event) {
        if (event.key === ' ' || event.key === 'Spacebar' || event.key === 'Enter') {
          event.preventDefault();
          toggle(code);
        }
      });
    });
    Object.keys(boxes).forEach(function (code) {
      boxes[code].addEventListener('change', function () {
        show(code);
      });
      show(code); // the browser may have restored ticks on back/forward navigation
    });

    map.querySelectorAll('.bodymap-figures[inert]').forEach(function (figures) {
      figures.removeAttribute('inert');
    });
    map.querySelectorAll('.bodymap-js-hint[hidden]').forEach(function (hint) {
      hint.hidden = false;
    });
  }

  function enhanceAll(root) {
    if (root.matches && root.matches('.bodymap-picker')) {
      enhance(root);
    }
    if (root.querySelectorAll) {
      root.querySelectorAll('.bodymap-picker').forEach(enhance);
    }
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', function () {
      enhanceAll(document);
    });
  } else {
    enhanceAll(document);
  }
  // Pickers arriving in content swapped in by htmx.
  document.addEventListener('htmx:load', function (event) {
    enhanceAll(event.target);
  });
})();
