import type { Article } from '../corpus/article.js';
import type { EmbedderInfo } from '../embed/types.js';

export interface HnswParams {
  m: number;
  efConstruction: number;
  efSearch: number;
}

export interface SplitParams {
  chunkSize: number;
  chunkOverlap: number;
}

/** Written beside the index; it says exactly what the index was built from, so staleness is a comparison. */
/**
 * 2: the folder also holds the BM25 index (bm25.bin), built with the graph. 3: words in capitals that fold to a stop
 * word ("US", "WHO") are words of their own (`markAbbreviations`), in BM25, the local embedder and the answerer's
 * statistics. 4: English words are stemmed with Porter2 (Snowball English). 5: letters glued after a number ("33rd",
 * "3e") are no word of their own. 6: every form of a Dutch auxiliary or modal ("werden", "zouden") is a stop word. 7:
 * so are "gaan" and "naartoe", "heen", "vandaan". 8: an irregular plural is stemmed as its singular ("leden" as "lid",
 * "women" as "woman"), a Dutch stem's closing doubled consonant as one ("stemmen" as "stem"). 9: an identifier of
 * letters and digits ("H5N1", "A12") is one word; "anyone", "someone" … are stop words. 10: a Dutch compound ending
 * in an irregular plural is stemmed with its singular ("containerschepen" as "containerschip"). 11: a British spelling
 * is stemmed as the American one ("colour" as "color"). 12: BM25 drops the stop words of a text's own language only
 * (English "met", "men", Dutch "as", "been" are words). 13: greetings and thanks are stop words ("hey", "hoi",
 * "bedankt"). 14: a language hint the other language has as a stop word ("was", "is", "of") does not tell a
 * passage's language. 15: English "now" is a stop word. 16: a sentence goes on after an abbreviation when the next
 * word opens with a bracket or quotation mark ("the U.S. (Playhouse Square)"). 17: the halves of a negated English
 * auxiliary ("wasn", "didn") and hedges ("actually", "basically") are stop words. 18: stroked letters fold to the
 * plain letter ("Łódź" as "lodz"). 19: a question mark followed on its line by a lower-case word ends no sentence
 * ("… recall from What is Anthropology? is called …"). 20: no sentence ends at a title before a name ("Dhr. De
 * Vries"), nor at a paper's "Sect.", "Eq.", "Figs.", Dutch "art.", "mln.". 21: a Dutch plural in "-es", "-ens" is
 * stemmed as its singular ("provincies", "wapens"), an English "-ced", "-cing" as its verb ("experienced"). 22:
 * a line of one word (an e-mail address) goes on no line broken before it. An index of an older version is rebuilt.
 */
export const MANIFEST_VERSION = 23;

export interface Manifest {
  /** MANIFEST_VERSION of the Bron that built it; 0 when it did not say (a Postgres generation of before 4 Dec 2026). */
  version: number;
  embedder: { id: string; dimensions: number };
  articles: Record<string, { hash: string; file: string; passages: number }>;
  passageCount: number;
  /** Points marked deleted by incremental rebuilds; a full rebuild clears them. */
  deletedCount: number;
  hnsw: Omit<HnswParams, 'efSearch'> & { space: 'cosine' };
  split: SplitParams;
  builtAt: string;
  buildMs: number;
  /** Version of the combined answerer statistics stored with the index (corpus-stats.json); absent without them. */
  stats?: string;
  /**
   * sha256 of every file of the index folder (manifest aside), written when it is published and checked before the
   * folder is loaded: hnswlib reads its file without checks, and a damaged one can crash the process (SIGSEGV) on every
   * start. Absent in manifests written before it existed (those folders are loaded unchecked).
   */
  checksums?: Record<string, string>;
}

export interface Staleness {
  /** Why the index cannot serve as it is; empty when it matches the corpus and embedder. */
  reasons: string[];
  changed: string[];
  added: string[];
  removed: string[];
}

/**
 * What makes an index's vectors or graph unusable with these settings (embedder, HNSW, split), phrased for a log
 * line.
 */
export function settingsChanged(
  manifest: Manifest,
  embedder: EmbedderInfo,
  hnsw: HnswParams,
  split: SplitParams,
): string[] {
  const reasons: string[] = [];
  // Passages split or marked by another version of Bron: what it stored is not what this one would.
  if (manifest.version !== MANIFEST_VERSION)
    reasons.push(`index format ${manifest.version || 'unknown'} (this Bron writes ${MANIFEST_VERSION})`);
  if (manifest.embedder.id !== embedder.id || manifest.embedder.dimensions !== embedder.dimensions) {
    reasons.push(`embedder changed (${manifest.embedder.id} → ${embedder.id})`);
  }
  if (manifest.hnsw.m !== hnsw.m || manifest.hnsw.efConstruction !== hnsw.efConstruction)
    reasons.push('HNSW parameters changed');
  if (manifest.split.chunkSize !== split.chunkSize || manifest.split.chunkOverlap !== split.chunkOverlap)
    reasons.push('passage split settings changed');
  return reasons;
}

/** Compares a manifest with the corpus and embedder in use; reasons are phrased for a log line. */
export function staleness(
  manifest: Manifest,
  articles: Article[],
  embedder: EmbedderInfo,
  hnsw: HnswParams,
  split: SplitParams,
): Staleness {
  const reasons = settingsChanged(manifest, embedder, hnsw, split);
  const changed: string[] = [];
  const added: string[] = [];
  const current = new Set<string>();
  for (const a of articles) {
    current.add(a.id);
    const m = manifest.articles[a.id];
    if (!m) added.push(a.id);
    else if (m.hash !== a.hash) changed.push(a.id);
  }
  const removed = Object.keys(manifest.articles).filter((id) => !current.has(id));
  if (changed.length) reasons.push(`${changed.length} article(s) changed: ${changed.join(', ')}`);
  if (added.length) reasons.push(`${added.length} article(s) added: ${added.join(', ')}`);
  if (removed.length) reasons.push(`${removed.length} article(s) removed: ${removed.join(', ')}`);
  return { reasons, changed, added, removed };
}
