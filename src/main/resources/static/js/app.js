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
