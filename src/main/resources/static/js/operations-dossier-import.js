// A dossier import's page while its job works: asks its progress every 1.5 s and moves the bar and the figures;
// once the job has finished, loads the page again, which then shows the outcome (no script needed for that).
(function () {
  var section = document.getElementById('import-progress');
  if (!section || !window.fetch) {
    return;
  }
  var bar = document.getElementById('import-progress-bar');
  var rows = section.querySelector('[data-rows]');
  var rate = section.querySelector('[data-rate]');
  var left = section.querySelector('[data-left]');
  var heading = document.getElementById('progress-heading');
  var number = new Intl.NumberFormat(document.documentElement.lang || 'vi');
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
        if (progress.status === 'RUNNING' && heading.textContent !== heading.getAttribute('data-running')) {
          heading.textContent = heading.getAttribute('data-running');
        }
        bar.value = progress.percent;
        bar.textContent = progress.percent + ' %';
        rows.textContent = number.format(progress.rowsRead);
        rate.textContent = number.format(progress.rowsPerSecond);
        left.textContent = progress.secondsLeft == null ? '–' : progress.secondsLeft + ' s';
        window.setTimeout(poll, 1500);
      })
      .catch(function () { window.setTimeout(poll, 5000); });
  }
  window.setTimeout(poll, 1000);
})();
