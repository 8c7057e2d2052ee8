/* Outreach-visit form: keeps a draft in the phone's storage on every input, offers it back after a dropped
   connection, and forgets it only once the server has confirmed the save (the page then names the saved key). */
(function () {
  'use strict';
  var PREFIX = 'lc-visit-draft:';
  var ls;
  try { ls = window.localStorage; ls.getItem(PREFIX); } catch (e) { return; }

  var saved = document.getElementById('lc-visit-saved');
  if (saved) {
    var savedKey = saved.getAttribute('data-client-key');
    for (var i = ls.length - 1; i >= 0; i--) {
      var k = ls.key(i);
      if (k && k.indexOf(PREFIX) === 0) {
        try {
          var d = JSON.parse(ls.getItem(k));
          if (!d || d.clientKey === savedKey) { ls.removeItem(k); }
        } catch (e) { ls.removeItem(k); }
      }
    }
  }

  var form = document.getElementById('lc-visit-form');
  if (!form) { return; }
  var key = form.getAttribute('data-draft-key');

  function collect() {
    var fields = {};
    for (var i = 0; i < form.elements.length; i++) {
      var el = form.elements[i];
      if (!el.name || el.name === '_csrf' || el.type === 'submit' || el.type === 'button') { continue; }
      if (el.type === 'radio' || el.type === 'checkbox') {
        if (el.checked) { fields[el.name] = el.value; }
      } else {
        fields[el.name] = el.value;
      }
    }
    return { clientKey: form.elements.clientKey ? form.elements.clientKey.value : '', fields: fields };
  }

  function apply(draft) {
    var names = Object.keys(draft.fields || {});
    for (var i = 0; i < names.length; i++) {
      var name = names[i];
      if (name === '_csrf') { continue; }
      var value = draft.fields[name];
      var els = form.querySelectorAll('[name="' + name.replace(/"/g, '') + '"]');
      for (var j = 0; j < els.length; j++) {
        var el = els[j];
        if (el.type === 'radio' || el.type === 'checkbox') {
          el.checked = el.value === value;
        } else {
          el.value = value;
        }
      }
    }
  }

  function save() {
    try { ls.setItem(key, JSON.stringify(collect())); } catch (e) { /* storage full: the form still works */ }
  }

  var raw = ls.getItem(key);
  if (raw) {
    try {
      apply(JSON.parse(raw));
      var notice = document.getElementById('lc-draft-notice');
      if (notice) { notice.classList.remove('d-none'); }
    } catch (e) { ls.removeItem(key); }
  }

  form.addEventListener('input', save);
  form.addEventListener('change', save);

  var discard = document.getElementById('lc-draft-discard');
  if (discard) {
    discard.addEventListener('click', function () {
      ls.removeItem(key);
      window.location.assign(form.getAttribute('data-new-url'));
    });
  }
})();
