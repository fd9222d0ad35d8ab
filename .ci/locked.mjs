// Proves `npm install` installed what package-lock.json records: every
// package the committed lockfile lists is still there at the same version
// and integrity. npm may add entries for other platforms' optional builds
// (Astro's compiler binding, oxc-parser, Pagefind) as the registry comes
// to serve them; those change nothing installed here, so they are allowed.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const committed = JSON.parse(execFileSync('git', ['show', 'HEAD:package-lock.json'], { encoding: 'utf8' })).packages;
const installed = JSON.parse(readFileSync('package-lock.json', 'utf8')).packages;
const problems = [];
for (const [name, entry] of Object.entries(committed)) {
  const now = installed[name];
  if (!now) problems.push(`${name || 'the project'} was removed`);
  else if (JSON.stringify(entry) !== JSON.stringify(now)) problems.push(`${name || 'the project'} changed`);
}
for (const [name, entry] of Object.entries(installed)) {
  if (!(name in committed) && entry.optional !== true) problems.push(`${name} was added, and is not optional`);
}
if (problems.length > 0) {
  console.error(`ci: npm install changed package-lock.json:\n  ${problems.join('\n  ')}\nRun npm install and commit the lockfile.`);
  process.exit(1);
}
const added = Object.keys(installed).filter((name) => !(name in committed));
console.log(
  `ci: the lockfile's ${Object.keys(committed).length} packages are installed as locked${added.length ? ` (npm added ${added.length} optional builds for other platforms)` : ''}`,
);
