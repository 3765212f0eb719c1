// German Konjunktiv I: the mood of reported speech ("Die Allianz sei besorgt",
// "Peking versuche …"). A form counts when it differs from the indicative, is written
// lower-case, and its neighbours do not make it an adjective or a first-person verb.
import type { Token } from '../context.js';
import { isKonjunktivIForm } from './german-verbs.js';
import type { ReportingLexicon } from './lexicon.js';

// Auxiliaries and modals: unambiguous, and followed by anything (even a capitalised noun).
const CORE = new Set(['sei', 'seien', 'habe', 'werde', 'könne', 'müsse', 'solle', 'wolle', 'dürfe', 'möge', 'wisse', 'gebe']);

/** True when tokens[i] is a German Konjunktiv I finite verb. */
export function isKonjunktivI(tokens: readonly Token[], i: number, lex: ReportingLexicon): boolean {
  const t = tokens[i];
  if (t.kind !== 'word' || t.text[0] !== t.norm[0]) return false;
  const core = CORE.has(t.norm);
  if (!core && (!isKonjunktivIForm(t.norm) || lex.notKonjunktiv.has(t.norm))) return false;
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
