import { pack } from '../lang/index.js';

/**
 * Everything the bot says to people, per language. The asker's language is the question's (answers, buttons,
 * notices after a mention) or the Discord client's locale (slash commands). A language without a catalog gets
 * English; a third language is one more entry in CATALOGS.
 */

export interface Messages {
  locale: string;
  verbatim: string;
  moreSources: (n: number) => string;
  quotesIn: (language: string) => string;
  translation: string;
  understoodAs: string;
  according: (who: string) => string;
  noSourceNamed: string;
  /** Headings of a figure check ("is it true that 10,000 …"): the engine's own, from the language packs. */
  statedFound: string;
  statedOthers: string;
  statedNone: string;
  /** Before figures that count the same people or things but do not say what the question asks happened. */
  otherFigures: string;
  unknownOutlet: string;
  helpful: string;
  notHelpful: string;
  thanks: (emoji: string) => string;
  voteChanged: (emoji: string) => string;
  voteSame: (emoji: string) => string;
  covers: string;
  moreTopics: (n: number) => string;
  howToAsk: string;
  mentionHint: string;
  onlyIn: (channels: string) => string;
  tooFastUser: (s: number) => string;
  tooFastChannel: (s: number) => string;
  adminOnly: (action: string) => string;
  restarting: string;
  wentWrong: string;
  answerFailed: string;
  commandFailed: (name: string) => string;
  unknownCommand: (name: string) => string;
  help: {
    title: string;
    howToAsk: string;
    mention: string;
    thread: string;
    reply: string;
    every: string;
    languages: string;
    whatIKnow: string;
    knows: (n: number, langs: string, range: string, outlets: string) => string;
    whatINot: string;
    not: string;
    commands: string;
  };
  list: {
    title: (n: number) => string;
    empty: string;
    passages: (n: number) => string;
    page: (page: number, pages: number) => string;
    details: string;
    previous: string;
    next: string;
  };
  article: {
    action: string;
    added: (id: string, title: string) => string;
    replaced: (id: string, title: string) => string;
    duplicate: (id: string) => string;
    indexing: string;
    indexed: (passages: number, seconds: string) => string;
    indexFailed: (reason: string) => string;
    notAdded: (reason: string) => string;
    confirmRemove: (id: string, title: string) => string;
    remove: string;
    keep: string;
    removed: (id: string) => string;
    kept: string;
    form: string;
    text: string;
    title: string;
    outlet: string;
    date: string;
    url: string;
  };
  glossary: {
    set: (english: string, dutch: string, replaced: boolean) => string;
    removed: (english: string) => string;
    absent: (english: string) => string;
    notSaved: (reason: string) => string;
    gaps: (n: number) => string;
    noGaps: string;
  };
  update: {
    title: string;
    added: string;
    changed: string;
    removed: string;
    rejected: string;
    answered: string;
  };
  source: {
    outlet: string;
    outletUnknown: string;
    date: string;
    language: string;
    passages: string;
    file: string;
    author: string;
    note: string;
    noUrl: string;
    noArticle: (id: string) => string;
  };
}

/** The figure headings the engine writes in its answer text, for the figure lines Discord draws from `figures`. */
function figureHeadings(lang: string): Pick<Messages, 'statedFound' | 'statedOthers' | 'statedNone' | 'otherFigures'> {
  const { statedFound, statedOthers, statedNone, otherFigures } = pack(lang).text;
  return { statedFound, statedOthers, statedNone, otherFigures };
}

const en: Messages = {
  locale: 'en-GB',
  verbatim: 'Quotes are verbatim from the articles',
  moreSources: (n) => `…and ${n} more ${n === 1 ? 'source' : 'sources'}`,
  quotesIn: (language) => `The quotes are in ${language}, the language of the articles.`,
  translation: 'Translation (machine)',
  understoodAs: 'Understood as',
  according: (who) => `according to “${who}”`,
  noSourceNamed: 'no source named',
  ...figureHeadings('en'),
  unknownOutlet: 'outlet unknown',
  helpful: 'Helpful',
  notHelpful: 'Not helpful',
  thanks: (e) => `Thanks for the feedback ${e}`,
  voteChanged: (e) => `Thanks — I changed your vote to ${e}.`,
  voteSame: (e) => `Thanks — you already voted ${e}.`,
  covers: 'What the articles cover',
  moreTopics: (n) => `…and ${n} more`,
  howToAsk:
    'Ask about one of these, in English or Dutch: who said what, how many, when or where. `/help` explains more.',
  mentionHint: 'Ask me a question after the mention, e.g. “What are the articles about?” — or try `/help`.',
  onlyIn: (channels) => `I only answer questions in ${channels}.`,
  tooFastUser: (s) => `You're asking faster than I can keep up with — please wait about ${s} s and ask again.`,
  tooFastChannel: (s) => `Lots of questions in this channel right now — please wait about ${s} s and ask again.`,
  adminOnly: (action) => `Only members with the Manage Server permission can ${action}.`,
  restarting: 'Bron is restarting; please try again in a minute.',
  wentWrong: 'Something went wrong',
  answerFailed: 'I could not answer that just now. Please try again in a moment.',
  commandFailed: (name) => `/${name} failed. Please try again in a moment.`,
  unknownCommand: (name) => `Unknown command /${name}; run npm run deploy-commands.`,
  help: {
    title: 'How to use Bron',
    howToAsk: 'How to ask',
    mention: 'Mention me with a question, e.g. `@Bron What are the articles about?`, or use `/ask`.',
    thread: 'I answer in a thread on your message; ask follow-ups in that thread, I read them with your question.',
    reply: 'I reply to your message. Add `private: True` to `/ask` to see the answer only yourself.',
    every: 'Every answer quotes the articles verbatim and numbers its sources. Rate it with 👍 or 👎.',
    languages: 'Questions can be in English or Dutch; I answer in the language you ask in.',
    whatIKnow: 'What I know',
    knows: (n, langs, range, outlets) => `${n} articles (${langs}), ${range}, from ${outlets}:`,
    whatINot: 'What I do not do',
    not: [
      'I only know what is in these articles: no web search, no news after them, no general knowledge.',
      'If the articles do not cover a question I say so instead of guessing.',
      'I give no opinions or advice.',
    ].join('\n'),
    commands: 'Commands',
  },
  list: {
    title: (n) => `Articles in the corpus (${n})`,
    empty: 'The corpus is empty.',
    passages: (n) => `${n} ${n === 1 ? 'passage' : 'passages'}`,
    page: (p, n) => `Page ${p}/${n}`,
    details: 'Details of one article: /source id',
    previous: 'Previous',
    next: 'Next',
  },
  article: {
    action: 'manage articles',
    added: (id, title) => `Added \`${id}\` — ${title}.`,
    replaced: (id, title) => `Replaced the text of \`${id}\` — ${title}.`,
    duplicate: (id) => `This text is already in the corpus as \`${id}\`; nothing was added.`,
    indexing: 'Indexing…',
    indexed: (n, s) => `Indexed in ${s} s (${n} passages in the index); questions are answered from it now.`,
    indexFailed: (r) => `The file is saved, but indexing failed: ${r}. The next change or /reindex indexes it.`,
    notAdded: (r) => `The article was not added: ${r}`,
    confirmRemove: (id, title) =>
      `Remove \`${id}\` — ${title}? Its file is deleted from the corpus and it is no longer answered from.`,
    remove: 'Remove',
    keep: 'Keep',
    removed: (id) => `Removed \`${id}\`.`,
    kept: 'Nothing was removed.',
    form: 'Add an article',
    text: 'Article text (exactly as published)',
    title: 'Title',
    outlet: 'Outlet (leave empty if unknown)',
    date: 'Date: YYYY, YYYY-MM or YYYY-MM-DD',
    url: 'Link (optional)',
  },
  glossary: {
    set: (en, nl, replaced) =>
      `${replaced ? 'Replaced' : 'Added'} \`${en}\` → ${nl} in the glossary; ` +
      'English questions reach those words now.',
    removed: (en) => `Removed \`${en}\` from the glossary.`,
    absent: (en) => `The glossary has no entry \`${en}\`; nothing was removed.`,
    notSaved: (r) => `The glossary was not changed: ${r}`,
    gaps: (n) =>
      `The ${n} most widespread words of the articles no question in the other language reaches. ` +
      'Add the ones that matter with `/glossary set`:',
    noGaps: 'Every word of the articles is reached from the other language.',
  },
  update: {
    title: 'Articles updated',
    added: 'Added',
    changed: 'Changed',
    removed: 'Removed',
    rejected: 'Rejected',
    answered: 'Questions are answered from the new index now.',
  },
  source: {
    outlet: 'Outlet',
    outletUnknown: 'unknown (the text names none; an admin can set it with /article add or in the file)',
    date: 'Date',
    language: 'Language',
    passages: 'Passages',
    file: 'File',
    author: 'Author',
    note: 'Note',
    noUrl: 'none recorded',
    noArticle: (id) => `There is no article with id ${id}. See /sources for the list.`,
  },
};

const nl: Messages = {
  locale: 'nl-NL',
  verbatim: 'Citaten zijn letterlijk uit de artikelen',
  moreSources: (n) => `…en nog ${n} ${n === 1 ? 'bron' : 'bronnen'}`,
  quotesIn: (language) => `De citaten zijn in het ${language}, de taal van de artikelen.`,
  translation: 'Vertaling (machine)',
  understoodAs: 'Begrepen als',
  according: (who) => `volgens “${who}”`,
  noSourceNamed: 'geen bron genoemd',
  ...figureHeadings('nl'),
  unknownOutlet: 'medium onbekend',
  helpful: 'Nuttig',
  notHelpful: 'Niet nuttig',
  thanks: (e) => `Bedankt voor je feedback ${e}`,
  voteChanged: (e) => `Bedankt — ik heb je stem veranderd in ${e}.`,
  voteSame: (e) => `Bedankt — je had al ${e} gestemd.`,
  covers: 'Waar de artikelen over gaan',
  moreTopics: (n) => `…en nog ${n}`,
  howToAsk:
    'Vraag naar een van deze onderwerpen, in het Nederlands of Engels: wie wat zei, hoeveel, wanneer of waar. ' +
    '`/help` legt meer uit.',
  mentionHint:
    'Stel me een vraag na de vermelding, bijvoorbeeld “Waar gaan de artikelen over?” ' + '— of probeer `/help`.',
  onlyIn: (channels) => `Ik beantwoord alleen vragen in ${channels}.`,
  tooFastUser: (s) => `Je vraagt sneller dan ik kan bijhouden — wacht ongeveer ${s} s en vraag het opnieuw.`,
  tooFastChannel: (s) => `Veel vragen in dit kanaal op dit moment — wacht ongeveer ${s} s en vraag het opnieuw.`,
  adminOnly: (action) => `Alleen leden met de permissie Server beheren kunnen ${action}.`,
  restarting: 'Bron start opnieuw op; probeer het over een minuut nog eens.',
  wentWrong: 'Er ging iets mis',
  answerFailed: 'Ik kon dat nu niet beantwoorden. Probeer het zo nog eens.',
  commandFailed: (name) => `/${name} is mislukt. Probeer het zo nog eens.`,
  unknownCommand: (name) => `Onbekend commando /${name}; voer npm run deploy-commands uit.`,
  help: {
    title: 'Zo gebruik je Bron',
    howToAsk: 'Zo stel je een vraag',
    mention: 'Noem me met een vraag, bijvoorbeeld `@Bron Waar gaan de artikelen over?`, of gebruik `/ask`.',
    thread: 'Ik antwoord in een thread op je bericht; stel vervolgvragen in die thread, ik lees ze met je vraag erbij.',
    reply: 'Ik antwoord op je bericht. Met `private: True` bij `/ask` zie alleen jij het antwoord.',
    every: 'Elk antwoord citeert de artikelen letterlijk en nummert de bronnen. Beoordeel het met 👍 of 👎.',
    languages: 'Vragen mogen in het Nederlands of Engels; ik antwoord in de taal van je vraag.',
    whatIKnow: 'Wat ik weet',
    knows: (n, langs, range, outlets) => `${n} artikelen (${langs}), ${range}, van ${outlets}:`,
    whatINot: 'Wat ik niet doe',
    not: [
      'Ik weet alleen wat in deze artikelen staat: niet zoeken op het web, geen nieuws van daarna, ' +
        'geen algemene kennis.',
      'Als de artikelen een vraag niet behandelen, zeg ik dat in plaats van te gokken.',
      'Ik geef geen meningen of adviezen.',
    ].join('\n'),
    commands: "Commando's",
  },
  list: {
    title: (n) => `Artikelen in het corpus (${n})`,
    empty: 'Het corpus is leeg.',
    passages: (n) => `${n} ${n === 1 ? 'passage' : 'passages'}`,
    page: (p, n) => `Pagina ${p}/${n}`,
    details: 'Details van één artikel: /source id',
    previous: 'Vorige',
    next: 'Volgende',
  },
  article: {
    action: 'artikelen beheren',
    added: (id, title) => `\`${id}\` — ${title} is toegevoegd.`,
    replaced: (id, title) => `De tekst van \`${id}\` — ${title} is vervangen.`,
    duplicate: (id) => `Deze tekst staat al in het corpus als \`${id}\`; er is niets toegevoegd.`,
    indexing: 'Bezig met indexeren…',
    indexed: (n, s) => `Geïndexeerd in ${s} s (${n} passages in de index); vragen worden er nu uit beantwoord.`,
    indexFailed: (r) =>
      `Het bestand is opgeslagen, maar indexeren mislukte: ${r}. De volgende wijziging of /reindex indexeert het.`,
    notAdded: (r) => `Het artikel is niet toegevoegd: ${r}`,
    confirmRemove: (id, title) =>
      `\`${id}\` — ${title} verwijderen? ` +
      'Het bestand wordt uit het corpus gewist en er wordt niet meer uit geantwoord.',
    remove: 'Verwijderen',
    keep: 'Bewaren',
    removed: (id) => `\`${id}\` is verwijderd.`,
    kept: 'Er is niets verwijderd.',
    form: 'Artikel toevoegen',
    text: 'Tekst van het artikel (precies zoals gepubliceerd)',
    title: 'Titel',
    outlet: 'Medium (leeg laten als het onbekend is)',
    date: 'Datum: JJJJ, JJJJ-MM of JJJJ-MM-DD',
    url: 'Link (optioneel)',
  },
  glossary: {
    set: (en, nl, replaced) =>
      `\`${en}\` → ${nl} ${replaced ? 'vervangen' : 'toegevoegd'} in de woordenlijst; ` +
      'Engelse vragen vinden die woorden nu.',
    removed: (en) => `\`${en}\` is uit de woordenlijst verwijderd.`,
    absent: (en) => `De woordenlijst heeft geen \`${en}\`; er is niets verwijderd.`,
    notSaved: (r) => `De woordenlijst is niet gewijzigd: ${r}`,
    gaps: (n) =>
      `De ${n} meest verspreide woorden van de artikelen die een vraag in de andere taal niet bereikt. ` +
      'Voeg de belangrijke toe met `/glossary set`:',
    noGaps: 'Elk woord van de artikelen wordt vanuit de andere taal bereikt.',
  },
  update: {
    title: 'Artikelen bijgewerkt',
    added: 'Toegevoegd',
    changed: 'Gewijzigd',
    removed: 'Verwijderd',
    rejected: 'Geweigerd',
    answered: 'Vragen worden nu uit de nieuwe index beantwoord.',
  },
  source: {
    outlet: 'Medium',
    outletUnknown: 'onbekend (de tekst noemt er geen; een beheerder kan het zetten met /article add of in het bestand)',
    date: 'Datum',
    language: 'Taal',
    passages: 'Passages',
    file: 'Bestand',
    author: 'Auteur',
    note: 'Notitie',
    noUrl: 'niet vastgelegd',
    noArticle: (id) => `Er is geen artikel met id ${id}. Zie /sources voor de lijst.`,
  },
};

const CATALOGS: Record<string, Messages> = { en, nl };

/** The catalog language for a language code or a Discord locale ("nl", "en-US", "pt-BR"). */
export function uiLang(code: string | null | undefined): string {
  const base = (code ?? '').toLowerCase().split('-')[0] ?? '';
  return base in CATALOGS ? base : 'en';
}

export function messages(code: string | null | undefined): Messages {
  return CATALOGS[uiLang(code)] ?? en;
}

/** A language's name in the asker's language ("Dutch", "Nederlands"), lowercase in running Dutch text. */
export function languageName(code: string, inLang: string): string {
  const m = messages(inLang);
  let name: string | undefined;
  try {
    name = new Intl.DisplayNames([m.locale], { type: 'language' }).of(code);
  } catch {
    name = undefined;
  }
  return name ?? code;
}

/**
 * An article date as precise as its front matter ("2024", "2024-10", "2024-10-31") in the asker's language:
 * "Oct 2024" / "okt 2024", "31 Oct 2024" / "31 okt 2024".
 */
export function formatDate(date: string, lang: string): string {
  const [y, m, d] = date.split('-').map(Number);
  if (!y || !m) return date;
  const when = new Date(Date.UTC(y, m - 1, d ?? 1));
  const opts: Intl.DateTimeFormatOptions = { month: 'short', year: 'numeric', timeZone: 'UTC' };
  if (d) opts.day = 'numeric';
  return new Intl.DateTimeFormat(messages(lang).locale, opts).format(when).replace('.', '');
}

/** The span of article dates at month precision: "Oct 2024", "Oct – Nov 2024", "Dec 2023 – Jan 2024". */
export function formatDateRange(dates: readonly string[], lang: string): string {
  const months = dates.map((d) => d.slice(0, 7)).sort();
  const first = months[0];
  const last = months.at(-1);
  if (!first || !last) return '–';
  if (first === last) return formatDate(first, lang);
  const at = (s: string) => {
    const [y, m] = s.split('-').map(Number);
    return new Date(Date.UTC(y!, (m ?? 1) - 1, 1));
  };
  const fmt = new Intl.DateTimeFormat(messages(lang).locale, { month: 'short', year: 'numeric', timeZone: 'UTC' });
  return fmt.formatRange(at(first), at(last)).replace(/\./g, '');
}

/** An outlet as shown: front matter that honestly says it is unknown reads "outlet unknown" in the asker's language. */
export function outletName(outlet: string, lang: string): string {
  return /^unknown( outlet)?$/i.test(outlet.trim()) ? messages(lang).unknownOutlet : outlet;
}
