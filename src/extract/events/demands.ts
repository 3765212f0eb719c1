// CAMEO codes "X said Y must do Z" as a demand (10x) of X on Y: the modal of obligation
// in reported content turns the report into a speech act. The demanded action itself
// has not happened and is not coded as an event.
import type { TriggerMatch, SentenceFrame } from './sentence.js';
import type { SlotFill } from './arguments.js';
import type { ActorGroup } from './actor-groups.js';

export interface DemandSpeaker {
  speech: TriggerMatch;
  src: SlotFill;
}

export interface RequestedClause {
  clause: number;
  modalTok: number;
  by: DemandSpeaker;
  /** The actor the demand is addressed to: the subject of the content clause. */
  addressee: ActorGroup | null;
  /** A content clause without "that" shares its clause with the verb of saying: only triggers after this token are requested. */
  after: number;
}

/** Demand code by what is demanded (CAMEO 10x mirrors the action codes), most specific first. */
const DEMAND_BY_CODE: Array<[RegExp, string]> = [
  [/^0611?/, '1011'], [/^062/, '1012'], [/^063/, '1013'], [/^064/, '1014'], [/^06/, '1011'],
  [/^071/, '1031'], [/^072/, '1032'], [/^073/, '1033'], [/^074/, '1034'], [/^07/, '103'],
  [/^081/, '1051'], [/^082/, '1052'], [/^0831/, '1041'], [/^0832/, '1042'], [/^0833/, '1043'], [/^083/, '104'],
  [/^084/, '1053'], [/^085/, '1054'], [/^086/, '1055'], [/^0871/, '107'], [/^0872|^0874/, '106'], [/^087/, '1056'], [/^08/, '105'],
  [/^04/, '108'], [/^05/, '102'], [/^03/, '100'],
];

export function demandCode(contentCodes: string[]): string {
  for (const c of contentCodes) for (const [re, code] of DEMAND_BY_CODE) if (re.test(c)) return code;
  return '100';
}

/** Content clauses of verbs of saying that hold a modal of obligation. */
export function findRequestedClauses(f: SentenceFrame, speakers: DemandSpeaker[], modals: ReadonlySet<string>): RequestedClause[] {
  const out: RequestedClause[] = [];
  if (!modals.size) return out;
  for (const sp of speakers) {
    for (const c of f.clauses) {
      if (c.parent !== sp.speech.clause || c.kind !== 'sub') continue;
      const modalTok = c.tokens.find((k) => modals.has(f.tokens[k].norm));
      if (modalTok === undefined) continue;
      const addressee = f.groups.find((g) => c.tokens.includes(g.first) && !g.prep && !g.gen && g.first < modalTok
        && !g.members.every((it) => it.mention.kind === 'location')) ?? null;
      out.push({ clause: c.id, modalTok, by: sp, addressee, after: -1 });
    }
    if (!out.some((r) => r.by === sp)) {
      const bare = bareContent(f, sp, modals);
      if (bare) out.push(bare);
    }
  }
  return out;
}

/**
 * "The Red Cross said US forces must ensure security": a content clause without a complementiser stays in
 * the clause of the verb of saying. It counts when an actor follows the verb directly and a modal of
 * obligation follows that actor.
 */
function bareContent(f: SentenceFrame, sp: DemandSpeaker, modals: ReadonlySet<string>): RequestedClause | null {
  const after = sp.speech.last;
  const addressee = f.groups.find((g) => g.first > after && g.first <= after + 2 && !g.prep && !g.gen
    && f.clauseOf[g.first - f.from] === sp.speech.clause && !g.members.every((it) => it.mention.kind === 'location'));
  if (!addressee) return null;
  const k = addressee.last + 1;
  if (k >= f.to || f.clauseOf[k - f.from] !== sp.speech.clause || !modals.has(f.tokens[k].norm)) return null;
  return { clause: sp.speech.clause, modalTok: k, by: sp, addressee, after };
}
