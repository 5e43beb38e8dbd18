// Runs before first paint (a blocking script in <head>) so a saved theme
// choice never flashes the system theme first.
try {
  var saved = localStorage.getItem('theme');
  if (saved === 'light' || saved === 'dark') document.documentElement.dataset.theme = saved;
} catch (e) {
  // Storage blocked: the system theme applies.
}
