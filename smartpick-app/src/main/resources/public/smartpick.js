// Progressive enhancement for the results page: filters, sorting, instant what-ifs, print. The page works without it.
(function () {
  'use strict';

  function programs(container) {
    return Array.prototype.slice.call(container.querySelectorAll('[data-program]'));
  }

  function applyFilters(panel) {
    var wanted = {};
    panel.querySelectorAll('[data-filter]').forEach(function (input) {
      wanted[input.getAttribute('data-filter')] = input.value.trim().toLowerCase();
    });
    document.querySelectorAll('[data-program]').forEach(function (card) {
      var show = Object.keys(wanted).every(function (key) {
        return !wanted[key] || (card.getAttribute('data-' + key) || '').toLowerCase() === wanted[key];
      });
      card.hidden = !show;
    });
  }

  function compare(key) {
    return function (a, b) {
      if (key === 'chance') {
        return parseFloat(b.getAttribute('data-chance')) - parseFloat(a.getAttribute('data-chance'));
      }
      if (key === 'name' || key === 'state') {
        return a.getAttribute('data-' + key).localeCompare(b.getAttribute('data-' + key));
      }
      return a.getAttribute('data-order') - b.getAttribute('data-order');
    };
  }

  function applySort(key) {
    document.querySelectorAll('[data-sortable]').forEach(function (container) {
      programs(container).sort(compare(key)).forEach(function (card) {
        card.parentNode.appendChild(card);
      });
    });
  }

  function setUpFilters() {
    var panel = document.querySelector('[data-filters]');
    if (!panel) {
      return;
    }
    document.querySelectorAll('[data-sortable]').forEach(function (container) {
      programs(container).forEach(function (card, index) {
        card.setAttribute('data-order', String(index));
      });
    });
    panel.hidden = false;
    panel.addEventListener('input', function () { applyFilters(panel); });
    panel.addEventListener('change', function () { applyFilters(panel); });
    var sort = panel.querySelector('[data-sort]');
    sort.addEventListener('change', function () { applySort(sort.value); });
  }

  function setUpWhatIfs() {
    var form = document.getElementById('whatif-form');
    if (!form) {
      return;
    }
    form.querySelectorAll('input[type=checkbox]').forEach(function (box) {
      box.addEventListener('change', function () { form.submit(); });
    });
  }

  function setUpPrint() {
    document.querySelectorAll('[data-print]').forEach(function (button) {
      button.hidden = false;
      button.addEventListener('click', function () { window.print(); });
    });
    window.addEventListener('beforeprint', function () {
      document.querySelectorAll('details').forEach(function (d) { d.open = true; });
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    setUpFilters();
    setUpWhatIfs();
    setUpPrint();
  });
}());
