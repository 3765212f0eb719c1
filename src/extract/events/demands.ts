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
}

/** Demand code by what is demanded (CAMEO 10x mirrors the action roots). */
const DEMAND_BY_ROOT: Record<string, string> = { '04': '108', '05': '102', '06': '101', '07': '103', '08': '105', '03': '100' };

export function demandCode(contentRoots: string[]): string {
  for (const r of contentRoots) if (DEMAND_BY_ROOT[r]) return DEMAND_BY_ROOT[r];
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
      out.push({ clause: c.id, modalTok, by: sp, addressee });
    }
  }
  return out;
}
