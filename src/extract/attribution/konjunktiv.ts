// German Konjunktiv I: the mood of reported speech ("Die Allianz sei besorgt",
// "Peking versuche …"). A form counts when it differs from the indicative, is written
// lower-case, and its neighbours do not make it an adjective or a first-person verb.
import type { Token } from '../context.js';
import { isKonjunktiv1Only } from '../../lang/de/morphology.js';
import { remember } from '../../util/word-memo.js';
import type { ReportingLexicon } from './lexicon.js';

// Auxiliaries and modals: unambiguous, and followed by anything (even a capitalised noun).
const CORE = new Set(['sei', 'seien', 'habe', 'werde', 'könne', 'müsse', 'solle', 'wolle', 'dürfe', 'möge', 'wisse', 'gebe']);

/** What a word form is, as far as the Konjunktiv I goes. */
const NOT_KJ1 = 0;
/** A third-person Konjunktiv I form that differs from the indicative ("versuche", "unterstütze"). */
const KJ1_FORM = 1;
/** One of CORE. */
const KJ1_CORE = 2;

/**
 * The class of each word form seen: the test runs on most lower-case words of a German text, a form's class
 * never changes and forms repeat (Zipf), so one Map lookup replaces the CORE lookup plus the morphology's
 * lower-casing and table lookup. Bounded (see word-memo).
 */
const kj1Classes = new Map<string, number>();

function kj1Class(norm: string): number {
  let c = kj1Classes.get(norm);
  if (c === undefined) {
    c = CORE.has(norm) ? KJ1_CORE : isKonjunktiv1Only(norm) ? KJ1_FORM : NOT_KJ1;
    remember(kj1Classes, norm, c);
  }
  return c;
}

/** True when tokens[i] is a German Konjunktiv I finite verb. */
export function isKonjunktivI(tokens: readonly Token[], i: number, lex: ReportingLexicon): boolean {
  const t = tokens[i];
  if (t.kind !== 'word' || t.text[0] !== t.norm[0]) return false;
  const cls = kj1Class(t.norm);
  if (cls === NOT_KJ1 || (cls === KJ1_FORM && lex.notKonjunktiv.has(t.norm))) return false;
  const core = cls === KJ1_CORE;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  // "ich habe", "habe ich": first-person indicative.
  if (prev && lex.firstPerson.has(prev.norm) && prev.sentence === t.sentence) return false;
  if (next && next.norm === 'ich') return false;
  if (core) return true;
  // "die lange Reise", "eine runde Sache": an attributive adjective, not a verb.
  if (prev && (lex.determiners.has(prev.norm) || lex.prepositions.has(prev.norm))) return false;
  // Before a capitalised noun only after a capitalised subject ("Russland unterstütze Nordkorea").
  if (capitalised(next) && !capitalised(prev)) return false;
  return true;
}

function capitalised(x: Token | undefined): boolean {
  return !!x && x.kind === 'word' && x.text[0] !== x.norm[0];
}
