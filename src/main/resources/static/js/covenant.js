// Covenant forms: a select marked data-cv-autosubmit submits its (GET) form when changed, so that choosing a
// meeting signing pre-fills the covenant and choosing a metric shows its subjects. Without JavaScript the form's
// own button does the same.
(function () {
  'use strict';
  function init() {
    document.querySelectorAll('select[data-cv-autosubmit]').forEach(function (select) {
      select.addEventListener('change', function () {
        if (select.form) {
          select.form.submit();
        }
      });
    });
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
})();
