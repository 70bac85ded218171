// Improves the month form; without it the form still works (three empty rows, every unit offered).
// - each unit list shows only the units of the carrier chosen in its row;
// - "Add a row" copies the last row with the next index.
(function () {
  function filterUnits(row) {
    var carrier = row.querySelector('[data-carrier]');
    var unit = row.querySelector('[data-unit]');
    if (!carrier || !unit) return;
    unit.querySelectorAll('optgroup').forEach(function (g) {
      var show = !carrier.value || g.getAttribute('data-for') === carrier.value;
      g.hidden = !show; g.disabled = !show;
    });
    var chosen = unit.options[unit.selectedIndex];
    if (chosen && chosen.parentElement.tagName === 'OPTGROUP' && chosen.parentElement.disabled) unit.value = '';
  }
  var rows = document.getElementById('entry-rows');
  if (!rows) return;
  rows.addEventListener('change', function (e) {
    if (e.target.matches('[data-carrier]')) filterUnits(e.target.closest('.entry-row'));
  });
  rows.querySelectorAll('.entry-row').forEach(filterUnits);
  var add = document.getElementById('add-row');
  add.hidden = false;
  add.addEventListener('click', function () {
    var all = rows.querySelectorAll('.entry-row');
    var last = all[all.length - 1];
    var index = all.length;
    var copy = last.cloneNode(true);
    copy.querySelectorAll('.field-error').forEach(function (x) { x.remove(); });
    copy.querySelectorAll('[name]').forEach(function (el) {
      el.name = el.name.replace(/entries\[\d+\]/, 'entries[' + index + ']');
      el.id = el.id.replace(/entries-\d+/, 'entries-' + index);
      el.removeAttribute('aria-invalid'); el.removeAttribute('aria-describedby');
      el.value = '';
    });
    copy.querySelectorAll('label').forEach(function (l) {
      l.htmlFor = l.htmlFor.replace(/entries-\d+/, 'entries-' + index);
      l.textContent = l.textContent.replace(/\d+$/, String(index + 1));
    });
    rows.appendChild(copy);
    filterUnits(copy);
  });
})();
