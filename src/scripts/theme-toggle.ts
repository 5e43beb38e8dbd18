// The theme toggle: system → light → dark, saved in localStorage and applied
// as <html data-theme>. public/before-paint.js applies it before first paint.

const ORDER = ['system', 'light', 'dark'] as const;
type Choice = (typeof ORDER)[number];

function current(): Choice {
  const theme = document.documentElement.dataset.theme;
  return theme === 'light' || theme === 'dark' ? theme : 'system';
}

function apply(choice: Choice): void {
  if (choice === 'system') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = choice;
  try {
    if (choice === 'system') localStorage.removeItem('theme');
    else localStorage.setItem('theme', choice);
  } catch {
    // Storage blocked: the choice lasts for this page only.
  }
}

function render(button: HTMLButtonElement, choice: Choice): void {
  button.dataset.choice = choice;
  const label = button.querySelector('.theme-toggle__label');
  if (label) label.textContent = choice[0]?.toUpperCase() + choice.slice(1);
  const next = ORDER[(ORDER.indexOf(choice) + 1) % ORDER.length];
  button.title = `Switch to ${next} theme`;
}

export function initThemeToggle(): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-theme-toggle]')) {
    render(button, current());
    button.addEventListener('click', () => {
      const next = ORDER[(ORDER.indexOf(current()) + 1) % ORDER.length] ?? 'system';
      apply(next);
      render(button, next);
    });
  }
}
