// Autosave for the assessment worksheet: each changed field is posted on its own, with the
// form's CSRF token, and the score shown on the page is refreshed from the answer.
// Without JavaScript the form's Save button does the same work.
(function () {
  var form = document.querySelector('form.worksheet[data-autosave="true"]');
  if (!form || !window.fetch) return;
  var status = form.querySelector('.autosave-status');
  var token = form.querySelector('input[name="_csrf"]').value;
  function say(text) { if (status) status.textContent = text; }
  form.addEventListener('change', function (event) {
    var field = event.target;
    if (!field.name) return;
    var body = new URLSearchParams();
    body.append('_csrf', token);
    body.append('part', form.querySelector('input[name="part"]').value);
    var question = field.closest('.question');
    (question ? question.querySelectorAll('input, select, textarea') : [field]).forEach(function (f) {
      if (f.name) body.append(f.name, f.value);
    });
    say('Menyimpan…');
    fetch(form.action, {
      method: 'POST', body: body, credentials: 'same-origin',
      headers: { 'Accept': 'application/json', 'X-CSRF-Token': token }
    }).then(function (response) {
      return response.json().then(function (data) { return { ok: response.ok, data: data }; });
    }).then(function (result) {
      if (!result.ok) {
        var message = result.data.error && result.data.error.fields && result.data.error.fields[0];
        say('Belum tersimpan: ' + (message ? message.message : result.data.error.message));
        return;
      }
      var total = document.getElementById('score-total');
      if (total) total.textContent = Number(result.data.official.total).toFixed(2);
      say('Tersimpan.');
    }).catch(function () { say('Belum tersimpan: koneksi terputus. Klik Simpan.'); });
  });
})();
