// Report page: a file over the size limit is named and taken off the form before it is sent, so the
// text typed with it is saved (the server refuses such a file too, by name).
document.addEventListener('change', (event) => {
  const input = event.target;
  if (!(input instanceof HTMLInputElement) || input.type !== 'file' || !input.dataset.maxBytes) {
    return;
  }
  const max = Number(input.dataset.maxBytes);
  const tooLarge = Array.from(input.files || []).filter((file) => file.size > max);
  let message = input.parentElement.querySelector('.error-message.client-check');
  if (tooLarge.length === 0) {
    if (message) { message.remove(); }
    return;
  }
  if (!message) {
    message = document.createElement('p');
    message.className = 'error-message client-check';
    message.setAttribute('role', 'alert');
    input.before(message);
  }
  const megabytes = Math.round(max / (1024 * 1024));
  message.textContent = tooLarge.map((file) => (document.documentElement.lang === 'en'
    ? `File "${file.name}" is ${(file.size / 1048576).toFixed(1)} MB, over the limit of ${megabytes} MB per evidence file`
    : `Tệp „${file.name}" có ${(file.size / 1048576).toFixed(1).replace('.', ',')} MB, vượt giới hạn ${megabytes} MB mỗi tệp minh chứng`)).join('. ');
  input.value = '';
});
