// The error summary after a failed submit (templates/fragments/forms.html): brought into view and focused, so a
// screen reader reads it and a keyboard user starts from it; each of its links moves the focus to its field.
// Someone who has already moved into a field (the page came slowly, they started correcting) keeps their place:
// the page does not jump under them.
(function () {
  'use strict';
  function start() {
    var summary = document.querySelector('[data-error-summary]');
    if (!summary) {
      return;
    }
    var active = document.activeElement;
    if (!active || active === document.body || active === document.documentElement) {
      summary.scrollIntoView({ block: 'start' });
      summary.focus({ preventScroll: true });
    }
    summary.querySelectorAll('a[href^="#"]').forEach(function (link) {
      link.addEventListener('click', function (event) {
        var target = document.getElementById(decodeURIComponent(link.getAttribute('href').slice(1)));
        if (!target) {
          return;
        }
        if (!target.matches('input, select, textarea, button, [tabindex]')) {
          var control = target.querySelector('input, select, textarea');
          target = control || target;
        }
        event.preventDefault();
        target.scrollIntoView({ block: 'center' });
        target.focus();
      });
    });
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
