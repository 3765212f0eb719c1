// The actor key of a CAMEO actor code, as the gold format compares actors:
// international organisations (IGO…) by their last three letters, all others by
// their first three (USAGOV → USA, IGOWSTNAT → NAT).
export function actorKey(code: string): string {
  return code.startsWith('IGO') && code.length > 3 ? code.slice(-3) : code.slice(0, 3);
}
