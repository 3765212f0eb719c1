// A cheap "can this word be one of ours?" test by the word's first three characters, asked before a
// Map lookup. The times and amounts stages ask for every word of every sentence whether it can be a
// time head or an amount core; the answer is almost always no. A Map lookup hashes the whole word and
// probes a large per-word-form memo that the other stages have pushed out of the cache by then; this
// reads three characters and one bit of a 512-byte table. Exact in one direction only: `mayMatch`
// false means "certainly not"; true means "ask the real test".

const BITS = 4096;

export class WordStartFilter {
  private readonly bits = new Int32Array(BITS >>> 5);
  /** Set when a start shorter than three characters was added: every word may then match. */
  private everything = false;

  /** `word` itself may match. */
  addWord(word: string): void {
    this.set(keyHash(word));
  }

  /** Every word that begins with `start` may match. */
  addStart(start: string): void {
    if (start.length < 3) this.everything = true;
    else this.set(keyHash(start));
  }

  mayMatch(word: string): boolean {
    if (this.everything) return true;
    const h = keyHash(word);
    return (this.bits[h >>> 5] & (1 << (h & 31))) !== 0;
  }

  private set(h: number): void {
    this.bits[h >>> 5] |= 1 << (h & 31);
  }
}

/** Hash of the word's key: the whole word when shorter than three characters, else its first three.
 *  A word that begins with a start of three or more characters has the start's key. */
function keyHash(w: string): number {
  const n = w.length < 3 ? w.length : 3;
  let h = n;
  for (let i = 0; i < n; i++) h = (Math.imul(h, 0x9e3779b1) ^ w.charCodeAt(i)) | 0;
  h = Math.imul(h ^ (h >>> 15), 0x85ebca6b);
  return (h ^ (h >>> 13)) & (BITS - 1);
}
