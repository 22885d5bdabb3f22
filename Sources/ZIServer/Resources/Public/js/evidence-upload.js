// Evidence uploads: drag and drop onto the file field, and a progress bar while the files
// are sent. Without JavaScript the form posts the same way; the server streams either.
(function () {
  document.querySelectorAll('form[data-upload="true"]').forEach(function (form) {
    var input = form.querySelector('input[type="file"]');
    var progress = form.querySelector('.upload-progress');
    var zone = form.querySelector('.dropzone') || input;
    ['dragenter', 'dragover'].forEach(function (name) {
      zone.addEventListener(name, function (event) { event.preventDefault(); zone.classList.add('dragging'); });
    });
    ['dragleave', 'drop'].forEach(function (name) {
      zone.addEventListener(name, function () { zone.classList.remove('dragging'); });
    });
    zone.addEventListener('drop', function (event) {
      event.preventDefault();
      if (event.dataTransfer && event.dataTransfer.files.length) input.files = event.dataTransfer.files;
    });
    form.addEventListener('submit', function (event) {
      if (!window.XMLHttpRequest || !window.FormData) return;
      event.preventDefault();
      var request = new XMLHttpRequest();
      request.open('POST', form.action);
      request.upload.addEventListener('progress', function (e) {
        if (!e.lengthComputable || !progress) return;
        progress.hidden = false;
        progress.value = Math.round(100 * e.loaded / e.total);
      });
      request.addEventListener('load', function () {
        if (request.responseURL && request.responseURL !== form.action) {
          window.location.assign(request.responseURL);
        } else {
          document.open();
          document.write(request.responseText);
          document.close();
        }
      });
      request.send(new FormData(form));
    });
  });
})();
