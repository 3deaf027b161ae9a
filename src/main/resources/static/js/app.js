// DDCI Hub: small progressive enhancements; every page works without them.
document.addEventListener('DOMContentLoaded', () => {
  const toggle = document.querySelector('[data-toggle-nav]');
  const nav = document.getElementById('main-nav');
  if (toggle && nav) {
    toggle.addEventListener('click', () => {
      const open = nav.classList.toggle('open');
      toggle.setAttribute('aria-expanded', String(open));
    });
  }
  // Confirmation for destructive actions: <button data-confirm="...">
  document.querySelectorAll('[data-confirm]').forEach((el) => {
    el.addEventListener('click', (event) => {
      if (!window.confirm(el.getAttribute('data-confirm'))) event.preventDefault();
    });
  });
  // Error summary (GOV.UK pattern): focused when the page shows errors, so screen readers announce
  // it; its links move focus to the field and keep the field's label in view.
  const summary = document.querySelector('[data-error-summary]');
  if (summary) {
    summary.focus();
    summary.addEventListener('click', (event) => {
      const link = event.target.closest('a[href^="#"]');
      const input = link && document.getElementById(link.getAttribute('href').slice(1));
      if (!input) return;
      event.preventDefault();
      const field = input.closest('fieldset') || input.closest('.field') || input;
      field.scrollIntoView();
      input.focus({ preventScroll: true });
    });
  }
  // Character count: the limit is always stated; with JavaScript the count left is shown as the
  // person types and told to screen readers once they pause.
  document.querySelectorAll('[data-char-count]').forEach((info) => {
    const input = document.getElementById(info.getAttribute('data-char-count'));
    const max = input && parseInt(input.getAttribute('data-maxlength'), 10);
    if (!max) return;
    const count = document.createElement('div');
    count.className = 'char-count';
    count.setAttribute('aria-hidden', 'true');
    const spoken = document.createElement('div');
    spoken.className = 'visually-hidden';
    spoken.setAttribute('aria-live', 'polite');
    info.classList.add('visually-hidden');
    info.after(count, spoken);
    const text = () => {
      const left = max - input.value.length;
      const template = info.getAttribute(left < 0 ? 'data-over' : 'data-remaining');
      count.classList.toggle('over', left < 0);
      return template.replace('{0}', Math.abs(left).toLocaleString(document.documentElement.lang));
    };
    // With a threshold (percent of the limit) the count shows only once the text comes near the limit.
    const threshold = parseInt(info.getAttribute('data-threshold') || '0', 10);
    const update = () => {
      count.textContent = text();
      count.hidden = threshold > 0 && input.value.length < max * threshold / 100;
    };
    let pause;
    update();
    input.addEventListener('input', () => {
      update();
      clearTimeout(pause);
      pause = setTimeout(() => { spoken.textContent = text(); }, 1000);
    });
  });
  // Sortable tables: <table data-sortable> with numeric cells carrying data-value.
  document.querySelectorAll('table[data-sortable]').forEach((table) => {
    table.querySelectorAll('th[data-sort]').forEach((th, index) => {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'sort';
      button.textContent = th.textContent;
      th.textContent = '';
      th.appendChild(button);
      button.addEventListener('click', () => {
        const column = Array.from(th.parentNode.children).indexOf(th);
        const ascending = th.getAttribute('aria-sort') !== 'ascending';
        table.querySelectorAll('th[aria-sort]').forEach((other) => other.removeAttribute('aria-sort'));
        th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
        const body = table.tBodies[0];
        const rows = Array.from(body.rows);
        const key = (row) => {
          const cell = row.cells[column];
          const value = cell.getAttribute('data-value');
          return value !== null ? parseFloat(value) : cell.textContent.trim();
        };
        rows.sort((a, b) => {
          const x = key(a), y = key(b);
          const order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), 'vi');
          return ascending ? order : -order;
        });
        rows.forEach((row) => body.appendChild(row));
      });
    });
  });
});
