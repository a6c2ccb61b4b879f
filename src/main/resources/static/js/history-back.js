// The error page's Back link: a script file, since the Content-Security-Policy forbids inline
// scripts and javascript: links.
(function () {
  document.querySelectorAll('[data-back]').forEach(function (link) {
    link.addEventListener('click', function (event) {
      event.preventDefault();
      window.history.back();
    });
  });
})();
