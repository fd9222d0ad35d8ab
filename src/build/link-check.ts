/**
 * An Astro integration that runs `checkDist` when a build is done and fails
 * the build if any link or anchor in dist/ leads nowhere.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkDist } from './dist-links.ts';

export default function linkCheck(options: { readonly siteUrl: string }): AstroIntegration {
  return {
    name: 'link-check',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const report = await checkDist(fileURLToPath(dir), options.siteUrl);
        if (report.broken.length > 0) {
          const list = report.broken.map((link) => `  ${link.page} → ${link.href} (${link.reason})`).join('\n');
          throw new Error(
            `${report.broken.length} broken links in the built site:\n${list}\nThe content's own links were checked before the build, so a template is the likely cause.`,
          );
        }
        logger.info(`${report.links} links and anchors checked across ${report.pages} pages: 0 broken.`);
      },
    },
  };
}
