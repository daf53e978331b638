import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

const BLOCKS = 'h1, h2, h3, h4, h5, h6, p, li, blockquote, pre, td, figcaption';

/**
 * The readable text of a web page, as Firefox's Reader View finds it (@mozilla/readability on a linkedom DOM): one
 * paragraph per block, blank lines between, so sentences and quotes keep their own lines. Also the page's title,
 * site name and publication date when it states them.
 */
export function readableText(html: string): { title?: string; site?: string; published?: string; text: string } {
  const { document } = parseHTML(html);
  const parsed = new Readability(document as never).parse();
  if (!parsed?.content) return { text: '' };
  const { document: content } = parseHTML(`<html><body>${parsed.content}</body></html>`);
  const blocks = [...content.querySelectorAll(BLOCKS)]
    // A block inside another (a <p> in a <li>) is read with its parent.
    .filter((el) => !el.parentElement?.closest(BLOCKS))
    .map((el) => (el.textContent ?? '').replace(/[ \t\r\n]+/g, ' ').trim())
    .filter(Boolean);
  const text = blocks.length ? blocks.join('\n\n') : (parsed.textContent ?? '').trim();
  return {
    text,
    ...(parsed.title ? { title: parsed.title.trim() } : {}),
    ...(parsed.siteName ? { site: parsed.siteName.trim() } : {}),
    ...(parsed.publishedTime ? { published: parsed.publishedTime } : {}),
  };
}
