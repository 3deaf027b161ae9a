// A scoring run's page while it works: asks its progress every 1.5 s and moves the bar; once the run has
// finished, loads the page again, which then shows the result (the page itself needs no script for that).
(function () {
  var section = document.getElementById('run-progress');
  if (!section || !window.fetch) {
    return;
  }
  var bar = document.getElementById('run-progress-bar');
  var percent = section.querySelector('[data-run-percent]');
  var stage = section.querySelector('[data-run-stage]');
  function poll() {
    fetch(section.getAttribute('data-progress-url'), { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (progress) {
        if (!progress) {
          return;
        }
        if (progress.finished) {
          window.location.reload();
          return;
        }
        bar.value = progress.progress;
        bar.textContent = progress.progress + ' %';
        percent.textContent = progress.progress;
        if (stage.textContent !== progress.stage) {
          stage.textContent = progress.stage;
        }
        window.setTimeout(poll, 1500);
      })
      .catch(function () { window.setTimeout(poll, 5000); });
  }
  window.setTimeout(poll, 1000);
})();
