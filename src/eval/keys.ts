// Actor keys (gold README, "Actor keys"): events and mentions are compared on a
// short key derived from the CAMEO actor code.

/** `IGOWSTNAT` -> `NAT` (international organisations: last three letters); `USAGOV` -> `USA`. */
export function actorKey(code: string): string {
  const c = code.trim().toUpperCase();
  return c.startsWith('IGO') && c.length > 3 ? c.slice(-3) : c.slice(0, 3);
}

/** Does a predicted actor code fit one of the gold keys? Gold `IGO` accepts any IGO. */
export function keyAccepted(goldKeys: ReadonlyArray<string | null>, code: string): boolean {
  const key = actorKey(code);
  const isIgo = code.trim().toUpperCase().startsWith('IGO');
  for (const g of goldKeys) {
    if (g === null) continue;
    const gk = g.toUpperCase();
    if (gk === 'IGO' ? isIgo : actorKey(gk) === key) return true;
  }
  return false;
}

/** The event-slot rule: a missing actor is fine only where the gold list holds `null`. */
export function slotAccepted(goldKeys: ReadonlyArray<string | null>, actor: { code: string } | null): boolean {
  return actor === null || !actor.code ? goldKeys.includes(null) : keyAccepted(goldKeys, actor.code);
}
