// Shows the upload's progress while the sheet is sent (htmx reports it through xhr progress events).
document.addEventListener('htmx:xhr:progress', function (event) {
  var bar = document.getElementById('upload-progress');
  if (bar && event.detail.lengthComputable) {
    bar.hidden = false;
    bar.value = event.detail.loaded / event.detail.total * 100;
  }
});
