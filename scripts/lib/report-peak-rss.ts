/**
 * Preloaded into a build (`node --import`) by the benchmark: prints the
 * process's peak resident memory, worker threads included, as it exits.
 */
process.on('exit', () => {
  process.stderr.write(`\npeak-rss-kb ${process.resourceUsage().maxRSS}\n`);
});
