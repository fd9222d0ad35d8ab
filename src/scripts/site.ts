/** The JavaScript every page loads: small, and nothing that blocks reading. */
import { initCopyLinks } from './copy-link.ts';
import { initThemeToggle } from './theme-toggle.ts';

initThemeToggle();
initCopyLinks();
