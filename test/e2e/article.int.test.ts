import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/engine.js';
import { copyCorpus } from '../support/corpus.js';
import { openEngine } from '../support/engine.js';
import { type FakeDiscord, PERM, type RecordedRequest, snowflake } from '../support/fake-discord/index.js';
import { checkAnswerFields, newUser, type Running, replyTo, startSuite, stopSuite, temp } from './harness.js';

let fake: FakeDiscord;
let engine: Engine;
let running: Running;
let corpusDir: string;
const tmp = temp();

beforeAll(async () => {
  corpusDir = copyCorpus(tmp.dir);
  const opened = openEngine(join(tmp.dir, 'index'), { CORPUS_DIR: corpusDir });
  ({ fake, engine, running } = await startSuite(opened, {
    CORPUS_DIR: corpusDir,
    ARTICLE_MAX_BYTES: '6000',
    RATE_LIMIT_USER_PER_MINUTE: '100',
  }));
});

afterAll(() => stopSuite(running, fake, tmp));

const PENGUINS =
  'In Antarctica telden onderzoekers in november 4.321 keizerspinguïns op het zee-ijs bij Halley.\n\n' +
  'De kolonie is daarmee kleiner dan vorig jaar, schrijven de onderzoekers in hun rapport.';
const MD = `---\nid: "pinguins-halley"\ntitle: "Minder keizerspinguïns bij Halley"\noutlet: "Poolkrant"\ndate: "2024-11-03"\nlanguage: "nl"\n---\n${PENGUINS}\n`;

/** /article add with an attachment the fake serves, as the admin unless told otherwise. */
function addWithFile(
  name: string,
  content: string | Buffer,
  opts: { fields?: Record<string, string>; user?: any; memberPermissions?: bigint } = {},
) {
  const att = fake.addAttachment(name, content);
  const options = [
    { name: 'file', type: 11, value: att.id },
    ...Object.entries(opts.fields ?? {}).map(([k, v]) => ({ name: k, type: 3, value: v })),
  ];
  return fake.sendCommand({
    name: 'article',
    options: [{ name: 'add', type: 1, options }],
    resolved: { attachments: { [att.id]: att } },
    user: opts.user ?? fake.users.admin,
    ...(opts.memberPermissions !== undefined ? { memberPermissions: opts.memberPermissions } : {}),
  });
}

/** The last text an interaction's deferred reply was edited to, once it matches. */
async function finalText(h: { edit: (p?: (r: RecordedRequest) => boolean) => Promise<RecordedRequest> }, re: RegExp) {
  return (await h.edit((r) => re.test(r.body?.content ?? ''))).body.content as string;
}

const articleFiles = () => readdirSync(corpusDir).filter((f) => f.endsWith('.md') && f !== 'README.md');

describe('/article add', { timeout: 30_000 }, () => {
  it('adds an attached .md article, indexes it, and it is answered at once', async () => {
    const h = addWithFile('pinguins.md', MD);
    expect((await h.callback()).body).toMatchObject({ type: 5, data: { flags: 64 } });
    const text = await finalText(h, /Indexed|failed/);
    expect(text).toMatch(/^Added `pinguins-halley` — Minder keizerspinguïns bij Halley\.\nIndexed in [\d.]+ s/);
    expect(engine.snapshotInfo.articles.get('pinguins-halley')?.outlet).toBe('Poolkrant');
    expect(readFileSync(join(corpusDir, 'pinguins-halley.md'), 'utf8')).toContain(PENGUINS);

    const asked = fake.sendMessage({
      content: 'Hoeveel keizerspinguïns telden de onderzoekers?',
      mentionBot: true,
      author: newUser('reader'),
    });
    const embed = (await replyTo(fake, asked)).body.embeds[0];
    expect(embed.fields.map((f: any) => f.name)).toContain('Minder keizerspinguïns bij Halley');
    checkAnswerFields(embed.fields, engine.snapshotInfo.articles.values());
  });

  it('recognises a re-upload of the same text (other format, other line endings) and adds nothing', async () => {
    const before = articleFiles().length;
    const h = addWithFile('again.txt', PENGUINS.replace(/\n/g, '\r\n'), {
      fields: { title: 'Pinguïns opnieuw', date: '2024-11' },
    });
    expect(await finalText(h, /already|Added|not added/)).toBe(
      'This text is already in the corpus as `pinguins-halley`; nothing was added.',
    );
    expect(articleFiles()).toHaveLength(before);
  });

  it('replaces the text of an article uploaded again with the same id', async () => {
    const before = articleFiles().length;
    const h = addWithFile('pinguins-v2.md', MD.replace('4.321', '4.322'));
    expect(await finalText(h, /Indexed|failed|not added/)).toMatch(/^Replaced the text of `pinguins-halley`/);
    expect(engine.snapshotInfo.articles.get('pinguins-halley')!.body).toContain('4.322');
    expect(articleFiles()).toHaveLength(before);
  });

  it('adds a .txt with its fields as options, and an .html page by its readable text and title', async () => {
    const txt = addWithFile('ijs.txt', 'Het zee-ijs rond Antarctica was in 2024 kleiner dan ooit gemeten.', {
      fields: {
        title: 'Zee-ijs krimpt',
        outlet: 'Poolkrant',
        date: '2024',
        language: 'nl',
        url: 'https://example.com/ijs',
        author: 'Ilse Vermeer',
      },
    });
    expect(await finalText(txt, /Indexed|failed|not added/)).toMatch(/^Added `zee-ijs-krimpt`/);
    expect(engine.snapshotInfo.articles.get('zee-ijs-krimpt')?.url).toBe('https://example.com/ijs');
    expect(engine.snapshotInfo.articles.get('zee-ijs-krimpt')?.author).toBe('Ilse Vermeer');

    const page =
      '<html><head><title>Walvissen terug bij Kaap Hoorn</title></head><body><nav>Home · Nieuws</nav><article>' +
      '<p>Onderzoekers zagen deze zomer voor het eerst sinds jaren weer bultruggen bij Kaap Hoorn in het zuiden.</p>' +
      '<p>De dieren trekken volgens de biologen langs de kust naar het noorden, op zoek naar krill en vis.</p>' +
      '</article><footer>© Krant</footer></body></html>';
    const html = addWithFile('walvis.html', page, { fields: { date: '2024-12' } });
    expect(await finalText(html, /Indexed|failed|not added/)).toMatch(/^Added `walvissen-terug-bij-kaap-hoorn`/);
    const a = engine.snapshotInfo.articles.get('walvissen-terug-bij-kaap-hoorn')!;
    expect(a.body.trimEnd()).toBe(
      'Onderzoekers zagen deze zomer voor het eerst sinds jaren weer bultruggen bij Kaap Hoorn in het zuiden.\n\n' +
        'De dieren trekken volgens de biologen langs de kust naar het noorden, op zoek naar krill en vis.',
    );
    expect(a.outlet).toBe('unknown'); // the page names none: said honestly
  });

  it('refuses a too large, a binary, a non-UTF-8 and a not allowed file, and a bad field, writing nothing', async () => {
    const before = articleFiles().length;
    const cases: [string, string | Buffer, Record<string, string>, RegExp][] = [
      [
        'groot.txt',
        'woord '.repeat(2000),
        { title: 'Groot', date: '2024' },
        /groot\.txt is larger than the 6 kB limit/,
      ],
      ['foto.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]), { title: 'F', date: '2024' }, /binary file/],
      ['latin1.txt', Buffer.from('Caf\xe9 in Zuid-Afrika', 'latin1'), { title: 'Café', date: '2024' }, /not UTF-8/],
      ['stuk.pdf', 'tekst', { title: 'Pdf', date: '2024' }, /only \.md, \.txt and \.html/],
      [
        'datum.txt',
        'Een tekst zonder goede datum.',
        { title: 'Datum', date: '31-10-2024' },
        /date: must be an ISO date/,
      ],
      ['titel.txt', 'Een tekst zonder titel.', { date: '2024' }, /title: is required/],
    ];
    for (const [name, content, fields, re] of cases) {
      const text = await finalText(addWithFile(name, content, { fields }), /not added|Indexed/);
      expect(text, name).toMatch(/^The article was not added: /);
      expect(text, name).toMatch(re);
    }
    expect(articleFiles()).toHaveLength(before);
  });

  it('is refused for a member without Manage Server, and where a channel overwrite removes it', async () => {
    for (const opts of [
      { user: fake.users.member },
      { user: fake.users.admin, memberPermissions: PERM.ViewChannel | PERM.SendMessages },
    ]) {
      const cb = await addWithFile('x.md', MD.replace('pinguins-halley', 'niet-toegestaan'), opts).callback();
      expect(cb.body).toMatchObject({ type: 4, data: { flags: 64, content: expect.stringMatching(/Manage Server/) } });
    }
    expect(existsSync(join(corpusDir, 'niet-toegestaan.md'))).toBe(false);
  });

  it('without a file opens a form; the pasted text is added like an upload', async () => {
    const h = fake.sendCommand({
      name: 'article',
      options: [
        { name: 'add', type: 1, options: [{ name: 'title', type: 3, value: 'Krill in de Zuidelijke Oceaan' }] },
      ],
      user: fake.users.admin,
    });
    const form = (await h.callback()).body;
    expect(form.type).toBe(9);
    expect(form.data.custom_id).toBe('bron:article:add:');
    const inputs = form.data.components.map((r: any) => r.components[0]);
    expect(inputs.map((i: any) => i.custom_id)).toEqual(['text', 'title', 'outlet', 'date', 'url']);
    expect(inputs[1].value).toBe('Krill in de Zuidelijke Oceaan'); // the option is filled in

    const sent = fake.submitModal({
      customId: form.data.custom_id,
      user: fake.users.admin,
      fields: {
        text: 'De hoeveelheid krill in de Zuidelijke Oceaan is sinds 1980 met ruim de helft gedaald.',
        title: 'Krill in de Zuidelijke Oceaan',
        outlet: '',
        date: '2024-09',
        url: '',
      },
    });
    expect(await finalText(sent, /Indexed|failed|not added/)).toMatch(/^Added `krill-in-de-zuidelijke-oceaan`/);
    const a = engine.snapshotInfo.articles.get('krill-in-de-zuidelijke-oceaan')!;
    expect(a.language).toBe('nl'); // detected
    expect(a.outlet).toBe('unknown');
  });
});

describe('/article remove and list', { timeout: 30_000 }, () => {
  /** The ephemeral confirmation as a message the buttons can be clicked on. */
  const asMessage = (cb: RecordedRequest) => ({
    ...cb.body.data,
    id: snowflake(),
    channel_id: fake.channels.general,
    author: fake.botUser,
    flags: 64,
  });

  it('asks to confirm; Keep keeps it, a non-admin cannot confirm, Remove deletes and unindexes it', async () => {
    const ask = () =>
      fake.sendCommand({
        name: 'article',
        options: [{ name: 'remove', type: 1, options: [{ name: 'id', type: 3, value: 'zee-ijs-krimpt' }] }],
        user: fake.users.admin,
      });
    const first = await ask().callback();
    expect(first.body.data.content).toMatch(/^Remove `zee-ijs-krimpt` — Zee-ijs krimpt\?/);
    const [remove, keep] = first.body.data.components[0].components.map((c: any) => c.custom_id);
    expect([remove, keep]).toEqual(['bron:article:rm:zee-ijs-krimpt', 'bron:article:keep:zee-ijs-krimpt']);

    const kept = await fake
      .clickButton({ message: asMessage(first), customId: keep, user: fake.users.admin })
      .callback();
    expect(kept.body).toMatchObject({ type: 7, data: { content: 'Nothing was removed.', components: [] } });
    expect(engine.snapshotInfo.articles.has('zee-ijs-krimpt')).toBe(true);

    const second = await ask().callback();
    const denied = await fake
      .clickButton({ message: asMessage(second), customId: remove, user: fake.users.member })
      .callback();
    expect(denied.body.data.content).toMatch(/Manage Server/);
    expect(engine.snapshotInfo.articles.has('zee-ijs-krimpt')).toBe(true);

    const click = fake.clickButton({ message: asMessage(second), customId: remove, user: fake.users.admin });
    expect((await click.callback()).body.type).toBe(7);
    expect(await finalText(click, /Indexed|failed/)).toMatch(/^Removed `zee-ijs-krimpt`\.\nIndexed/);
    expect(engine.snapshotInfo.articles.has('zee-ijs-krimpt')).toBe(false);
    expect(articleFiles()).not.toContain('zee-ijs-krimpt.md');
  });

  it('/article list shows the articles privately, in the admin’s language', async () => {
    const cb = await fake
      .sendCommand({ name: 'article', options: [{ name: 'list', type: 1 }], user: fake.users.admin, locale: 'nl' })
      .callback();
    expect(cb.body.data.flags).toBe(64);
    const embed = cb.body.data.embeds[0];
    expect(embed.title).toBe(`Artikelen in het corpus (${engine.snapshotInfo.articles.size})`);
    expect(embed.description).toContain('`pinguins-halley` · Poolkrant · 3 nov 2024 · nl');
  });
});
