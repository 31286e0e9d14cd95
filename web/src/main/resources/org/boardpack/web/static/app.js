// boardpack serve: small conveniences only; every page works without this script.
(function () {
  'use strict';
  // "/" moves the focus to the page's first search box, as on many search sites
  document.addEventListener('keydown', function (e) {
    var t = e.target;
    if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey) return;
    if (t && (t.tagName === 'INPUT' || t.tagName === 'TEXTAREA' || t.tagName === 'SELECT')) return;
    var box = document.querySelector('input[type="search"]');
    if (box) { e.preventDefault(); box.focus(); box.select(); }
  });
})();
