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
  // The sentence comes from the page's bundle (data-too-large), the file name goes in place of %s.
  message.textContent = tooLarge.map((file) => input.dataset.tooLarge.replace('%s', file.name)).join(' ');
  input.value = '';
});
