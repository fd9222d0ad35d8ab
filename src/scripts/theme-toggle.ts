/**
 * The light/dark switch. The choice is saved in localStorage and applied
 * before first paint by the inline `theme-init.js`; with no saved choice the
 * system preference rules.
 */
export function initThemeToggle(): void {
  const root = document.documentElement;
  const media = matchMedia('(prefers-color-scheme: dark)');
  const isDark = (): boolean => (root.dataset.theme ? root.dataset.theme === 'dark' : media.matches);
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-theme-toggle]')) {
    const sync = (): void => button.setAttribute('aria-pressed', String(isDark()));
    sync();
    media.addEventListener('change', sync);
    button.addEventListener('click', () => {
      const next = isDark() ? 'light' : 'dark';
      root.dataset.theme = next;
      try {
        localStorage.setItem('theme', next);
      } catch {
        // Private mode: the choice lasts for this page only.
      }
      sync();
    });
  }
}
