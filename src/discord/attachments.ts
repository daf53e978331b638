import { extname } from 'node:path';
import type { Attachment } from 'discord.js';
import type { ArticleFormat } from '../corpus/write.js';

/** A reason an upload cannot be used, told to the person who uploaded it. */
export class UploadError extends Error {
  override name = 'UploadError';
}

const FORMATS: Record<string, ArticleFormat> = {
  '.md': 'md',
  '.markdown': 'md',
  '.txt': 'txt',
  '.html': 'html',
  '.htm': 'html',
};

/** Discord's attachment hosts, and the API host when DISCORD_API_BASE points elsewhere (a test's fake Discord). */
function allowedHosts(apiBase?: string): Set<string> {
  const hosts = new Set(['cdn.discordapp.com', 'media.discordapp.net']);
  if (apiBase) hosts.add(new URL(apiBase).host);
  return hosts;
}

/**
 * Downloads an uploaded article from the attachment URL Discord gave (and from no other host), within `maxBytes`,
 * and decodes it as UTF-8. Only .md, .txt and .html files; a binary or non-UTF-8 file gets a clear error.
 */
export async function downloadArticle(
  att: Pick<Attachment, 'name' | 'size' | 'url'>,
  opts: { maxBytes: number; apiBase?: string; timeoutMs?: number },
): Promise<{ text: string; format: ArticleFormat }> {
  const format = FORMATS[extname(att.name).toLowerCase()];
  if (!format) throw new UploadError(`${att.name}: only .md, .txt and .html files can be added`);
  const tooBig = () => new UploadError(`${att.name} is larger than the ${Math.round(opts.maxBytes / 1000)} kB limit`);
  if (att.size > opts.maxBytes) throw tooBig();
  const url = new URL(att.url);
  if (!allowedHosts(opts.apiBase).has(url.host)) throw new UploadError(`${att.name}: not a Discord attachment URL`);
  const res = await fetch(url, { signal: AbortSignal.timeout(opts.timeoutMs ?? 15_000), redirect: 'error' });
  if (!res.ok || !res.body) throw new UploadError(`${att.name} could not be downloaded (HTTP ${res.status})`);
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of res.body) {
    size += chunk.byteLength;
    if (size > opts.maxBytes) throw tooBig();
    chunks.push(chunk);
  }
  const bytes = Buffer.concat(chunks);
  if (bytes.includes(0)) throw new UploadError(`${att.name} is a binary file, not text`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new UploadError(`${att.name} is not UTF-8 text; save it as UTF-8 and upload it again`);
  }
  return { text, format };
}
