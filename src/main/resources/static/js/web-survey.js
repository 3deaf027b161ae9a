// The web survey: hides the questions whose XLSForm condition ("relevant") does not hold, as the server reads
// the conditions — after every change it asks /cong-khai/khao-sat/phieu/{n}/dieu-kien which questions are not asked.
(function () {
  var form = document.getElementById('web-survey');
  if (!form || !window.fetch || !window.URLSearchParams) {
    return;
  }
  form.closest('.web-survey').classList.add('scripted');
  var url = form.getAttribute('action') + '/dieu-kien';
  var timer = null;
  var sent = 0;

  function refresh() {
    var ticket = ++sent;
    fetch(url, {
      method: 'POST',
      body: new URLSearchParams(new FormData(form)),
      headers: { 'Accept': 'application/json' },
      credentials: 'same-origin'
    }).then(function (response) {
      return response.ok ? response.json() : null;
    }).then(function (answer) {
      if (!answer || ticket !== sent) {
        return;
      }
      var hidden = {};
      answer.hidden.forEach(function (name) { hidden[name] = true; });
      form.querySelectorAll('[data-question]').forEach(function (question) {
        question.setAttribute('data-asked', hidden[question.getAttribute('data-question')] ? 'false' : 'true');
      });
    }).catch(function () { /* the questions stay as they are; the server drops answers not asked */ });
  }

  form.addEventListener('change', function () {
    clearTimeout(timer);
    timer = setTimeout(refresh, 150);
  });
})();
