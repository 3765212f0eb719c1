// Which ASCII characters can a regex source match as its first character? The time scanner tries, at a
// position, only the rules that can start with the character there: a rule that cannot consume text[pos]
// first cannot match at pos, so skipping it never changes which rule matches first.
// A small recursive-descent parser over the regex syntax: alternation, groups (capturing, named,
// non-capturing), lookarounds (zero-width: they consume nothing, so they add no first character —
// ignoring what they require only widens the set), quantifiers, classes, escapes, literals. Each consuming
// atom that can come first is evaluated by the engine itself against every ASCII character with the
// pattern's flags, so case folding (the Kelvin sign, "ſ") is exact. Syntax it does not model (back
// references) gives null: "may start with anything".

/** `chars`: a 128-bit set of char codes in four 32-bit words (cheap to OR: this runs once, unoptimised). */
interface First { chars: number[]; nullable: boolean }

class Unsupported extends Error {}

/** chars[c] = 1 when the pattern may match a string whose first char code is c (c < 128); null when the
 *  pattern may match the empty string or uses syntax this parser does not model. */
export function firstAsciiChars(src: string, flags: string): Uint8Array | null {
  const p = new Parser(src, flags.replace(/[gy]/g, ''));
  try {
    const f = p.alternation(true);
    if (p.i !== src.length || f.nullable) return null;
    const out = new Uint8Array(128);
    for (let c = 0; c < 128; c++) out[c] = (f.chars[c >> 5] >>> (c & 31)) & 1;
    return out;
  } catch (e) {
    if (e instanceof Unsupported) return null;
    throw e;
  }
}

const atomCache = new Map<string, number[]>();
/** The value of a part that cannot supply the first character: nobody reads it. */
const NOT_NEEDED: First = { chars: [0, 0, 0, 0], nullable: false };

/** The ASCII characters an ASCII literal other than "." matches: itself, and with the flag i the other case
 *  of a letter (no other ASCII character folds to the same letter; the engine's answer, computed without
 *  compiling a regex per letter, which was most of the cost of this analysis). */
function asciiLiteral(cp: number, ignoreCase: boolean): number[] {
  const chars = [0, 0, 0, 0];
  const add = (c: number) => { chars[c >> 5] |= 1 << (c & 31); };
  add(cp);
  const lower = cp | 0x20;
  if (ignoreCase && lower >= 97 && lower <= 122) { add(lower); add(lower & ~0x20); }
  return chars;
}

const empty = (): First => ({ chars: [0, 0, 0, 0], nullable: true });
const or = (into: number[], from: number[]) => { for (let w = 0; w < 4; w++) into[w] |= from[w]; };

class Parser {
  i = 0;
  readonly ignoreCase: boolean;
  constructor(readonly src: string, readonly flags: string) {
    this.ignoreCase = flags.includes('i');
  }

  // `need`: whether the part can supply the first character at all. Parts after a consuming item are
  // only parsed (to find where they end), not evaluated: that keeps compiling cheap.
  alternation(need: boolean): First {
    const out: First = need ? { chars: [0, 0, 0, 0], nullable: false } : NOT_NEEDED;
    for (;;) {
      const s = this.sequence(need);
      if (need) {
        or(out.chars, s.chars);
        out.nullable ||= s.nullable;
      }
      if (this.src.charCodeAt(this.i) !== 124 /* | */) return out;
      this.i++;
    }
  }

  sequence(need: boolean): First {
    if (!need) { this.skipSequence(); return NOT_NEEDED; }
    const out = empty();
    for (;;) {
      const c = this.src.charCodeAt(this.i);
      if (c !== c || c === 124 /* | */ || c === 41 /* ) */) return out;
      const a = this.atom(true);
      const min = this.quantifier();
      or(out.chars, a.chars);
      if (!a.nullable && min > 0) {
        // Only items reachable through nullable items before them can supply the first character.
        out.nullable = false;
        this.skipSequence();
        return out;
      }
    }
  }

  /** Moves to the '|' or ')' that ends the current sequence (or the end), over groups, classes and escapes. */
  skipSequence(): void {
    const s = this.src;
    let depth = 0;
    for (; this.i < s.length; this.i++) {
      const c = s.charCodeAt(this.i);
      if (c === 92 /* \\ */) this.i++;
      else if (c === 91 /* [ */) {
        for (this.i++; this.i < s.length && s.charCodeAt(this.i) !== 93 /* ] */; this.i++) if (s.charCodeAt(this.i) === 92) this.i++;
      } else if (c === 40 /* ( */) depth++;
      else if (c === 41 /* ) */) { if (depth === 0) return; depth--; }
      else if (c === 124 /* | */ && depth === 0) return;
    }
  }

  /** Parses a quantifier if one follows; returns its minimum (1 without one). */
  quantifier(): number {
    const c = this.src[this.i];
    let min = 1;
    if (c === '?' || c === '*') { min = 0; this.i++; }
    else if (c === '+') this.i++;
    else if (c === '{') {
      const m = /^\{(\d+)(?:,\d*)?\}/.exec(this.src.slice(this.i, this.i + 20));
      if (!m) throw new Unsupported();
      min = Number(m[1]);
      this.i += m[0].length;
    } else return 1;
    if (this.src[this.i] === '?') this.i++; // lazy
    return min;
  }

  atom(need: boolean): First {
    const s = this.src;
    const c = s[this.i];
    if (c === '(') return this.group(need);
    if (c === '^' || c === '$') { this.i++; return empty(); }
    if (c === '[') {
      const start = this.i;
      this.i++;
      while (this.i < s.length && s[this.i] !== ']') this.i += s[this.i] === '\\' ? 2 : 1;
      if (this.i >= s.length) throw new Unsupported();
      this.i++;
      return this.evaluate(s.slice(start, this.i), need);
    }
    if (c === '\\') return this.escape(need);
    const cp = s.codePointAt(this.i)!;
    if (!need) { this.i += cp > 0xffff ? 2 : 1; return NOT_NEEDED; }
    const lit = String.fromCodePoint(cp);
    this.i += lit.length;
    if (cp < 128 && lit !== '.') return { chars: asciiLiteral(cp, this.ignoreCase), nullable: false };
    return this.evaluate(lit.replace(/[*+?{}()|[\]\\^$/]/g, '\\$&'), need);
  }

  group(need: boolean): First {
    const s = this.src;
    this.i++; // (
    let lookaround = false;
    if (s[this.i] === '?') {
      const head = s.slice(this.i, this.i + 3);
      if (head.startsWith('?:')) this.i += 2;
      else if (head.startsWith('?=') || head.startsWith('?!')) { this.i += 2; lookaround = true; }
      else if (head === '?<=' || head === '?<!') { this.i += 3; lookaround = true; }
      else if (head.startsWith('?<')) {
        const close = s.indexOf('>', this.i);
        if (close < 0) throw new Unsupported();
        this.i = close + 1;
      } else throw new Unsupported();
    }
    const inner = this.alternation(need && !lookaround);
    if (s[this.i] !== ')') throw new Unsupported();
    this.i++;
    return lookaround ? empty() : inner;
  }

  escape(need: boolean): First {
    const s = this.src;
    const start = this.i;
    const e = s[this.i + 1];
    if (e === undefined) throw new Unsupported();
    if (e === 'b' || e === 'B') { this.i += 2; return empty(); }
    if ((e >= '1' && e <= '9') || e === 'k') throw new Unsupported(); // back references
    if ((e === 'p' || e === 'P' || e === 'u') && s[this.i + 2] === '{') {
      const close = s.indexOf('}', this.i);
      if (close < 0) throw new Unsupported();
      this.i = close + 1;
    } else if (e === 'u') this.i += 6;
    else if (e === 'x') this.i += 4;
    else if (e === 'c') this.i += 3;
    else this.i += 2;
    return this.evaluate(s.slice(start, this.i), need);
  }

  /** One consuming atom: asks the engine which ASCII characters it matches (cached: letters repeat). */
  evaluate(atomSrc: string, need: boolean): First {
    if (!need) return NOT_NEEDED;
    const k = this.flags + ' ' + atomSrc;
    let chars = atomCache.get(k);
    if (!chars) {
      const re = new RegExp(`^(?:${atomSrc})$`, this.flags);
      chars = [0, 0, 0, 0];
      for (let c = 0; c < 128; c++) if (re.test(String.fromCharCode(c))) chars[c >> 5] |= 1 << (c & 31);
      atomCache.set(k, chars);
    }
    return { chars, nullable: false };
  }
}
