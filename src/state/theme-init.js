(function () {
  try {
    var t = localStorage.getItem('pch-theme');
    if (t === 'light' || t === 'dark') document.documentElement.setAttribute('data-theme', t);
  } catch (e) {}
})();
