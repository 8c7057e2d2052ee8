// Small progressive enhancements; every page works without this file.
(function () {
  "use strict";
  // htmx requests carry the CSRF token of the page.
  document.addEventListener("htmx:configRequest", function (event) {
    var token = document.querySelector('meta[name="csrf-token"]');
    var header = document.querySelector('meta[name="csrf-header"]');
    if (token && header) {
      event.detail.headers[header.content] = token.content;
    }
  });
  // Focus the error summary of a form that came back with errors, so keyboard and screen-reader users hear it.
  document.addEventListener("DOMContentLoaded", function () {
    var summary = document.getElementById("error-summary");
    if (summary) {
      summary.focus();
    }
  });
})();
