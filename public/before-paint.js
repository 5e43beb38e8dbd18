// Runs before first paint (a blocking script in <head>), so nothing flashes or
// shifts when the page's scripts load: a saved theme choice applies at once,
// and <html data-js> shows the controls that need JavaScript (data-needs-js)
// in place of their stand-ins for readers without it (data-no-js).
document.documentElement.dataset.js = '';
try {
  var saved = localStorage.getItem('theme');
  if (saved === 'light' || saved === 'dark') document.documentElement.dataset.theme = saved;
} catch (e) {
  // Storage blocked: the system theme applies.
}
