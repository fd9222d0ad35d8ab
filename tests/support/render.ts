/** Runs the real Markdown pipeline on a string, as plugin tests do. */
import { createMarkdownProcessor, renderMarkdown, type PipelineOptions } from '../../src/pipeline/index.ts';

export async function render(markdown: string, options: PipelineOptions & { title?: string; page?: string } = {}) {
  const processor = createMarkdownProcessor(options);
  return renderMarkdown(processor, { path: 'content/essays/test.md', markdown, title: options.title, page: options.page });
}
