// The period page's progress bar: while a rescore or close runs in the background, ask the server
// how far it has come every second; when it ends, reload the page to show the new figures.
(function () {
  var panel = document.querySelector('section.task[data-task-url]');
  if (!panel || panel.getAttribute('data-state') !== 'RUNNING') {
    return;
  }
  var bar = panel.querySelector('progress');
  var status = panel.querySelector('.task-status');
  var badge = panel.querySelector('.badge');
  function poll() {
    fetch(panel.getAttribute('data-task-url'), { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
      .then(function (response) { return response.json(); })
      .then(function (task) {
        if (task.percent >= 0) { bar.value = task.percent; } else { bar.removeAttribute('value'); }
        status.textContent = task.status;
        badge.textContent = task.state;
        if (task.state === 'RUNNING') {
          setTimeout(poll, 1000);
        } else {
          window.location.reload();
        }
      })
      .catch(function () { setTimeout(poll, 3000); });
  }
  setTimeout(poll, 1000);
})();
