// Step 1 of the recogniser: one left-to-right pass of longest-match lookup over the
// parts of a sentence, plus German compound heads for words the trie does not know
// ("Verteidigungsministeriums" → …ministerium, "Kremlsprecher" → Kreml + Sprecher).
import type { Lang } from '../../kb/types.js';
import type { LexEntry, Lexicon } from './lexicon.js';
import { keyHash, type Part } from './parts.js';
import { ownCopy } from '../../util/word-memo.js';

export interface Atom {
  p0: number;
  p1: number;
  entry: LexEntry;
  /** Matched through an English possessive ("Russia's"). */
  possessive: boolean;
  /** German compound head: the owner its modifier names ("kreml" → RUSGOV), '' for none. */
  compoundOwner?: string;
}

// Generic heads that make too many accidental compounds ("Mitarbeiter", "Wahlhelfer").
const WEAK_HEADS = new Set(['arbeiter', 'helfer', 'sender', 'agent', 'agenten', 'bande', 'banden', 'berater', 'partner', 'kritiker', 'bewohner', 'kirche', 'burger', 'anfuhrer', 'fuhrung', 'tater', 'gericht', 'heer']);

function passes(e: LexEntry, parts: Part[], i: number, lang: string): boolean {
  if (e.lang !== null && e.lang !== lang && (lang === 'de' || lang === 'en')) return false;
  if (e.exact) for (let k = 0; k < e.exact.length; k++) if (parts[i + k].text !== e.exact[k]) return false;
  for (let k = 0; k < e.caseReq.length; k++) {
    const req = e.caseReq[k];
    if (req === 0) continue;
    const p = parts[i + k];
    if (req === 2 ? p.cls !== 2 : p.cls === 0) return false;
  }
  // "auf Russisch", "auf Englisch": a capitalised bare -isch stem is the language, not the country.
  if (e.form === 'adj' && lang === 'de') {
    const p = parts[i];
    if (p.cls === 1 && p.key.endsWith('sch') && !p.joinPrev && parts[i + 1]?.joinPrev !== true) return false;
  }
  return true;
}

function pick(entries: LexEntry[], parts: Part[], i: number, lang: string): LexEntry | null {
  let best: LexEntry | null = null;
  for (const e of entries) {
    if (!passes(e, parts, i, lang)) continue;
    if (!best || e.rank > best.rank || (e.rank === best.rank && best.lang === null && e.lang !== null)) best = e;
  }
  return best;
}

// Candidates of one trie walk, kept in module-level scratch arrays: longestAt runs at every word of every
// sentence and most walks end at the first part, so it allocates nothing but the atom it returns.
const candEnd: number[] = [];
const candEntries: LexEntry[][] = [];
const candPoss: boolean[] = [];

/** Bits of the root-key filter: 2^18 bits (32 KB) keep false positives for ~24,000 keys under 10 %. */
const FILTER_BITS = 18;

/** The filter bit of a keyHash() (its top bits, mixed). */
function filterBit(h: number): number {
  return (h ^ (h >>> 15)) >>> (32 - FILTER_BITS);
}

/**
 * A bit per hash of every root key, per lexicon. Two thirds of all words start no name, and in the
 * running pipeline the ~24,000-key root map is out of cache: a lookup costs several cache misses, while
 * this 32 KB filter answers "not a root key" with one memory read. A part carries its key's hash
 * (computed while its text was scanned), so the test reads no characters.
 * `lower` holds the bits of the ~1,800 root keys only under which a name may start with a lower-case
 * word (Lexicon.lowerStarts; "the", "der": "the West", "der Westen"). Every other entry needs its first
 * part capitalised (passes() rejects it for a part of class 0): for the lower-case words among the root
 * keys ("said", "is", "to", "he", "die", half of all root-key hits) a lookup finds candidates, never a match.
 */
interface RootFilter { any: Uint32Array; lower: Uint32Array }

const ROOT_FILTERS = new WeakMap<Lexicon, RootFilter>();

function filterOf(keys: Iterable<string>): Uint32Array {
  const f = new Uint32Array(1 << (FILTER_BITS - 5));
  for (const k of keys) { const b = filterBit(keyHash(k)); f[b >>> 5] |= 1 << (b & 31); }
  return f;
}

function rootFilter(lex: Lexicon): RootFilter {
  let f = ROOT_FILTERS.get(lex);
  if (!f) {
    f = { any: filterOf(lex.root.keys()), lower: filterOf(lex.lowerStarts) };
    ROOT_FILTERS.set(lex, f);
  }
  return f;
}

function mayBeRoot(filter: Uint32Array, hash: number): boolean {
  const b = filterBit(hash);
  return (filter[b >>> 5] & (1 << (b & 31))) !== 0;
}

function longestAt(parts: Part[], i: number, lex: Lexicon, lang: string, filters: RootFilter): Atom | null {
  const p0 = parts[i];
  // The possessive key's entries are picked for the same first part: its case rules them out alike.
  const filter = p0.cls === 0 ? filters.lower : filters.any;
  if (!mayBeRoot(filter, p0.hash) && (p0.alt === null || !mayBeRoot(filter, keyHash(p0.alt)))) return null;
  let map = lex.root;
  let n = 0;
  for (let j = i; j < parts.length; j++) {
    const p = parts[j];
    if (p.alt) {
      const a = map.get(p.alt);
      if (a?.entries) { candEnd[n] = j + 1; candEntries[n] = a.entries; candPoss[n] = true; n++; }
    }
    const node = map.get(p.key);
    if (!node) break;
    if (node.entries) { candEnd[n] = j + 1; candEntries[n] = node.entries; candPoss[n] = false; n++; }
    if (!node.next) break;
    map = node.next;
  }
  for (let c = n - 1; c >= 0; c--) {
    const e = pick(candEntries[c], parts, i, lang);
    if (e) return { p0: i, p1: candEnd[c], entry: e, possessive: candPoss[c] };
  }
  return null;
}

/** Case requirement of a compound-head entry (one part, any case); shared, never written. */
const ANY_CASE = new Uint8Array(1);

/** The compound head of a word key: its entry and the owner its modifier names ('' for none). */
interface CompoundHead { entry: LexEntry; owner: string }

/**
 * Compound heads per word key, for the lexicon they were found in. The search slices the word at every
 * position, and the same long German words recur in every document: it runs once per word form.
 */
let headCache = new Map<string, CompoundHead | null>();
let headCacheLex: Lexicon | null = null;
const MAX_HEADS = 50_000;


function findCompoundHead(key: string, lex: Lexicon): CompoundHead | null {
  // Every head is at least 4 letters long and ends the word: a word whose last three letters end no head has none.
  if (!lex.headEndings.has(key.slice(-3))) return null;
  for (let k = 2; k <= key.length - 5; k++) {
    const head = lex.heads.get(key.slice(k));
    if (!head) continue;
    const prefix = key.slice(0, k);
    const owner = lex.prefixes.get(prefix) ?? (prefix.endsWith('s') ? lex.prefixes.get(prefix.slice(0, -1)) : undefined);
    // Weak heads only count with a known owner ("Kremlkritiker" yes, "Mitarbeiter" no).
    if (WEAK_HEADS.has(key.slice(k)) && !owner?.code) return null;
    return { entry: { entity: head, form: 'name', lang: 'de', caseReq: ANY_CASE, rank: 2 }, owner: owner?.code ?? '' };
  }
  return null;
}

function compoundHead(p: Part, i: number, lex: Lexicon): Atom | null {
  if (p.cls === 0 || !p.isWord || p.key.length < 7) return null;
  if (headCacheLex !== lex || headCache.size >= MAX_HEADS) { headCache = new Map(); headCacheLex = lex; }
  let h = headCache.get(p.key);
  if (h === undefined) {
    h = findCompoundHead(p.key, lex);
    headCache.set(ownCopy(p.key), h);
  }
  return h && { p0: i, p1: i + 1, entry: h.entry, possessive: false, compoundOwner: h.owner };
}

/** Atoms of one sentence's parts, sorted and non-overlapping. */
export function findAtoms(parts: Part[], lex: Lexicon, lang: Lang | string): Atom[] {
  const atoms: Atom[] = [];
  const filter = rootFilter(lex);
  let i = 0;
  while (i < parts.length) {
    const p = parts[i];
    if (!p.isWord) { i++; continue; }
    const a = longestAt(parts, i, lex, lang, filter);
    if (a && a.p1 - a.p0 >= 2 && i + 1 < parts.length) {
      // "the West Bank": a longer name starting one word later beats a name that begins with an article.
      const b = longestAt(parts, i + 1, lex, lang, filter);
      if (b && b.p1 > a.p1) { i++; continue; }
    }
    if (a) { atoms.push(a); i = a.p1; continue; }
    if (lang === 'de') {
      const h = compoundHead(p, i, lex);
      if (h) atoms.push(h);
    }
    i++;
  }
  return atoms;
}
