/**
 * Scrubbing of secrets by value, for every log line and every message a person sees. Keys and tokens are registered
 * from the configuration (registerSecrets); secrets that arrive at run time are recognised by their shape: a password
 * in a connection string, a `Bearer …` credential a server echoes back, a Discord bot token, the token in an
 * interaction or webhook URL. Pure functions and one set of values; src/log.ts applies redact() to every line it
 * writes.
 */

export const REDACTED = '[redacted]';

/** Values shorter than this are not registered: scrubbing "ab" everywhere would mangle every line. */
const MIN_SECRET = 6;
const secrets = new Set<string>();
let ordered: string[] = [];

/** Remembers a secret value, with the forms it takes inside a URL or a JSON string. */
export function addSecret(value: string | undefined): void {
  if (!value || value.trim().length < MIN_SECRET) return;
  const forms = [value, encodeURIComponent(value), JSON.stringify(value).slice(1, -1)];
  try {
    forms.push(decodeURIComponent(value));
  } catch {
    // not percent-encoded
  }
  const before = secrets.size;
  for (const f of forms) if (f.length >= MIN_SECRET) secrets.add(f);
  if (secrets.size !== before) ordered = [...secrets].sort((a, b) => b.length - a.length); // longest first
}

/** Forgets every registered value (tests that register thousands of random secrets start each case afresh). */
export function clearSecrets(): void {
  secrets.clear();
  ordered = [];
}

/** Passwords inside a connection string: `user:password@`, `?password=`, `&sslpassword=` (raw and decoded). */
export function passwordsInUrl(url: string): string[] {
  const out: string[] = [];
  // The authority ends at the first / ? or #; its user info at the last @ before that (a password may hold an @).
  const userinfo = /^[a-z][a-z0-9+.-]*:\/\/([^/?#]*)@/i.exec(url)?.[1];
  const colon = userinfo?.indexOf(':') ?? -1;
  if (userinfo && colon >= 0 && colon < userinfo.length - 1) out.push(userinfo.slice(colon + 1));
  for (const m of url.matchAll(/[?&](?:ssl)?password=([^&#]*)/gi)) if (m[1]) out.push(m[1]);
  return out.flatMap((p) => {
    try {
      return [p, decodeURIComponent(p)];
    } catch {
      return [p];
    }
  });
}

/** The secret settings of a configuration (or environment): tokens, keys, and the database password. */
export function registerSecrets(env: Record<string, unknown>): void {
  for (const key of ['DISCORD_TOKEN', 'OPENAI_API_KEY']) if (typeof env[key] === 'string') addSecret(env[key]);
  const url = env.DATABASE_URL;
  if (typeof url !== 'string') return;
  // A password that is also the user or database name ("postgres") is shown by the URL anyway; scrubbing that word
  // from every line would only garble them. The URL-shaped patterns below still hide it inside connection strings.
  for (const p of passwordsInUrl(url)) if (url.split(p).length <= 2) addSecret(p);
}

/** Secrets recognised by where they stand, whatever their value. */
const SHAPES: [RegExp, string][] = [
  // Authorization values a server echoes back ("Bearer sk-…"), also inside JSON and headers.
  [/\b(Bearer)(\s+|%20)[^\s"'\\<>,;]{6,}/gi, `$1$2${REDACTED}`],
  // Discord bot tokens (three base64url parts: user id, timestamp, HMAC), with or without "Bot ".
  [/\b[A-Za-z0-9_-]{23,30}\.[A-Za-z0-9_-]{6,7}\.[A-Za-z0-9_-]{27,40}\b/g, REDACTED],
  // Interaction and webhook tokens in Discord API URLs (DiscordAPIError.url).
  [/(\/(?:interactions|webhooks)\/\d{5,25}\/)[A-Za-z0-9._-]{20,}/g, `$1${REDACTED}`],
  // The password of a URL with credentials (postgres://user:password@host), up to the last @ of the authority.
  [/(\b[a-z][a-z0-9+.-]*:\/\/[^\s/?#@:"']*:)[^\s/?#"']*@/gi, `$1${REDACTED}@`],
  // Password parameters of a connection string.
  [/([?&](?:ssl)?password=)[^&#\s"']+/gi, `$1${REDACTED}`],
];

/** The text with every registered secret and every secret-shaped value replaced by [redacted]. */
export function redact(text: string): string {
  let out = text;
  for (const s of ordered) if (out.includes(s)) out = out.split(s).join(REDACTED);
  for (const [re, by] of SHAPES) out = out.replace(re, by);
  return out;
}

/**
 * Text fit for a public Discord message: redacted, and no absolute server paths (a path under the working folder is
 * shown relative to it, any other by its last part).
 */
export function publicText(text: string, cwd = process.cwd()): string {
  const home = cwd.endsWith('/') ? cwd : `${cwd}/`;
  // Two segments at least, so a slash command ("/reindex") or a lone "/" is left alone.
  return redact(text).replace(/(?<![\w.:/-])\/(?:[^\s/'"`,;:()]+\/)+[^\s/'"`,;:()]*/g, (path) => {
    if (path.startsWith(home)) return path.slice(home.length) || '.';
    const last = path.replace(/\/+$/, '').split('/').pop();
    return last ? `…/${last}` : path;
  });
}
