/**
 * A fast reader for the plain YAML that model files are made of, in front of js-yaml.
 *
 * js-yaml reads a national model's 10 MB at about 10 MB/s, a second of a cold check. Model files
 * use a small part of YAML: block mappings with plain keys, block sequences (of scalars or of
 * compact mappings), one-line scalars (plain, quoted without escapes), literal block scalars
 * (`|`, `|-`) and one-line flow sequences of plain scalars. This module reads exactly that part,
 * several times faster, and answers `undefined` for a file that uses anything else (anchors,
 * tags, escapes, folded or multi-line scalars, flow mappings, complex keys, odd indentation, tabs,
 * duplicate keys, control characters, empty documents…), which js-yaml then reads as before. So
 * js-yaml stays the parser of record: what this module returns is what js-yaml returns for the
 * same text (with the core schema), and everything it declines, errors included, is js-yaml's.
 * Plain scalars are resolved by js-yaml's own core types (null, bool, int, float).
 *
 * `yaml-subset.test.ts` checks the agreement on every YAML file of the repository, on a synthetic
 * national model and on thousands of generated documents built from YAML's corner cases.
 */
import jsYaml from 'js-yaml';

/** js-yaml's core scalar types, in the order its core schema tries them (`types` is public API the typings lack). */
const { types } = jsYaml as unknown as { types: Record<'null' | 'bool' | 'int' | 'float', jsYaml.Type> };
const CORE_TYPES = [types.null, types.bool, types.int, types.float];

/**
 * Characters this reader leaves to js-yaml wherever they are: tabs and carriage returns (layout
 * errors), the characters YAML forbids (js-yaml reports them), surrogates and the byte order mark.
 */
const DECLINED_CHARACTERS = /[\x00-\x09\x0B-\x1F\x7F-\x84\x86-\x9F\uD800-\uDFFF\uFEFF\uFFFE\uFFFF]/;

/** Keys that js-yaml would resolve to something else than themselves (`Null` becomes "null"). */
const RESOLVED_KEYS = new Set(['null', 'Null', 'NULL', 'true', 'True', 'TRUE', 'false', 'False', 'FALSE', '__proto__']);

/** The first characters of those keys: `n`, `N`, `t`, `T`, `f`, `F`, `_`. */
const MAYBE_RESOLVED_KEY = new Uint8Array(128);
for (const key of RESOLVED_KEYS) MAYBE_RESOLVED_KEY[key.charCodeAt(0)] = 1;

/** Thrown inside the reader when the text leaves the subset; never escapes this module. */
class Declined {}
const DECLINED = new Declined();

const SPACE = 32;
const HASH = 35;
const DASH = 45;
const COLON = 58;

/** The documents of a YAML text as js-yaml's `loadAll` reads them, or undefined when the text leaves the subset. */
export function loadSubset(text: string): unknown[] | undefined {
  if (DECLINED_CHARACTERS.test(text)) return undefined;
  try {
    return new Reader(text).documents();
  } catch (error) {
    if (error === DECLINED) return undefined;
    throw error;
  }
}

function decline(): never {
  throw DECLINED;
}

/** Whether a character code may start or continue a key of the subset: `[A-Za-z0-9_-]`. */
function isKeyChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95 || code === DASH;
}

/** Characters that end a plain scalar in a flow collection. */
const FLOW_END = ',[]{}';

/**
 * Whether a plain scalar may start so: not with an indicator, or with one only in ways left to
 * js-yaml; `-` is kept when a digit or `.` follows (`-5`, `-.inf`).
 */
function startsPlain(value: string): boolean {
  const first = value[0];
  if (first === undefined || '?:,[]{}#&*!|>\'"%@`'.includes(first)) return false;
  return first !== '-' || /[0-9.]/.test(value[1] ?? '');
}

/**
 * A one-line quoted scalar at `from` (single-quoted with `''` for a quote, or double-quoted without
 * escapes) on a line that ends at `end`, and where it ends. A quote not closed on its line is left
 * to js-yaml; the search for it stops at the next quote, which a closed scalar's line holds.
 */
function quotedAt(text: string, from: number, end: number, quote: number): { value: string; end: number } {
  if (quote === 34) {
    const close = text.indexOf('"', from + 1);
    if (close === -1 || close >= end) decline();
    const value = text.slice(from + 1, close);
    if (value.includes('\\')) decline();
    return { value, end: close + 1 };
  }
  let close = from + 1;
  for (;;) {
    close = text.indexOf("'", close);
    if (close === -1 || close >= end) decline();
    if (text.charCodeAt(close + 1) !== 39) break;
    close += 2;
  }
  return { value: text.slice(from + 1, close).replaceAll("''", "'"), end: close + 1 };
}

/** Where a block mapping key at `from` ends (`key:` then a space or the line's end at `end`), or -1. */
function keyEnd(text: string, from: number, end: number): number {
  let at = from;
  while (at < end && isKeyChar(text.charCodeAt(at))) at++;
  return at > from && at < end && text.charCodeAt(at) === COLON && (at + 1 === end || text.charCodeAt(at + 1) === SPACE) ? at : -1;
}

/** Whether a sequence entry (`-` then a space or the line's end at `end`) is at `at`. */
function isSequenceEntry(text: string, at: number, end: number): boolean {
  return at < end && text.charCodeAt(at) === DASH && (at + 1 === end || text.charCodeAt(at + 1) === SPACE);
}

/** A plain scalar, resolved as the core schema does (only text that can be a null, bool or number is tried). */
function resolvePlain(text: string): unknown {
  const first = text.charCodeAt(0);
  // `~`, `n`/`N`, `t`/`T`, `f`/`F`, digits, `+`, `-`, `.`: what a core null, bool, int or float can start with.
  const maybe = first === 126 || first === 110 || first === 78 || first === 116 || first === 84 || first === 102 || first === 70 || (first >= 48 && first <= 57) || first === 43 || first === DASH || first === 46;
  if (maybe) for (const type of CORE_TYPES) if (type.resolve(text)) return type.construct(text);
  return text;
}

class Reader {
  /**
   * The text's lines, as offsets into it (no string per line): where each starts and ends (at its
   * line break or the text's end), and where its content starts, relative to its start: after its
   * indentation, or past the dash when a compact mapping (`- key: value`) starts there.
   */
  private readonly lineStarts: Int32Array;
  private readonly lineEnds: Int32Array;
  private readonly indents: Int32Array;
  private line = 0;

  constructor(private readonly text: string) {
    let count = 1;
    for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) count++;
    // A final line break ends the last line; it does not start an empty one.
    if (count > 1 && text.charCodeAt(text.length - 1) === 10) count--;
    this.lineStarts = new Int32Array(count);
    this.lineEnds = new Int32Array(count);
    this.indents = new Int32Array(count);
    let start = 0;
    for (let i = 0; i < count; i++) {
      let end = text.indexOf('\n', start);
      if (end === -1) end = text.length;
      let indent = 0;
      while (start + indent < end && text.charCodeAt(start + indent) === SPACE) indent++;
      this.lineStarts[i] = start;
      this.lineEnds[i] = end;
      this.indents[i] = indent;
      start = end + 1;
    }
  }

  /** Whether line `i` starts with `marker` (`---`, `...`: no line break in them). */
  private lineStartsWith(i: number, marker: string): boolean {
    return this.text.startsWith(marker, this.lineStarts[i]!);
  }

  documents(): unknown[] {
    const documents: unknown[] = [];
    let first = true;
    for (;;) {
      this.skipBlank();
      if (this.line >= this.lineStarts.length) break;
      if (this.lineStartsWith(this.line, '---')) {
        if (this.lineEnds[this.line]! - this.lineStarts[this.line]! !== 3) decline(); // content or a comment after the marker
        this.line++;
        this.skipBlank();
        // An empty document (js-yaml reads it as null): left to js-yaml.
        if (this.line >= this.lineStarts.length || this.lineStartsWith(this.line, '---')) decline();
      } else if (!first) {
        decline();
      }
      first = false;
      const head = this.text.charCodeAt(this.lineStarts[this.line]!);
      // Directives, document ends and top-level scalars or sequences are left to js-yaml.
      if (this.indents[this.line] !== 0 || this.lineStartsWith(this.line, '...') || head === 37 || head === DASH) decline();
      documents.push(this.mapping(0));
    }
    if (documents.length === 0) decline();
    return documents;
  }

  /** Skips lines that are empty, spaces only or comments. */
  private skipBlank(): void {
    while (this.line < this.lineStarts.length) {
      const start = this.lineStarts[this.line]! + this.indents[this.line]!;
      if (start < this.lineEnds[this.line]! && this.text.charCodeAt(start) !== HASH) return;
      this.line++;
    }
  }

  /**
   * After an entry of a block at `indent`: whether the block goes on at the next line that is not
   * blank (same indentation), or ends there (less indented, or the text's end). A line more
   * indented than the block is left to js-yaml (a scalar going on, or bad indentation).
   */
  private goesOn(indent: number): boolean {
    this.skipBlank();
    if (this.line >= this.lineStarts.length) return false;
    const below = this.indents[this.line]!;
    if (below > indent) decline();
    return below === indent;
  }

  /** A block mapping whose keys are at `indent`, from the current line. */
  private mapping(indent: number): Record<string, unknown> {
    const { text } = this;
    const result: Record<string, unknown> = {};
    for (;;) {
      const i = this.line;
      const lineEnd = this.lineEnds[i]!;
      const start = this.lineStarts[i]! + this.indents[i]!;
      const end = keyEnd(text, start, lineEnd);
      if (end === -1) decline();
      const first = text.charCodeAt(start);
      if (first === DASH || (first >= 48 && first <= 57)) decline(); // keys that could be numbers, or a sequence entry
      const key = text.slice(start, end);
      // A duplicate key: values are never undefined, so only a key that `Object.prototype` has
      // (`constructor`…) needs the slower own-property check.
      if ((MAYBE_RESOLVED_KEY[first] === 1 && RESOLVED_KEYS.has(key)) || (result[key] !== undefined && Object.prototype.hasOwnProperty.call(result, key))) decline();
      let from = end + 1;
      while (from < lineEnd && text.charCodeAt(from) === SPACE) from++;
      this.line++;
      result[key] = from >= lineEnd || text.charCodeAt(from) === HASH ? this.nested(indent) : this.inline(from, lineEnd, indent);
      if (!this.goesOn(indent)) return result;
      // The same indentation: the next key, unless it is a document marker or a sequence entry.
      if (indent === 0 && (this.lineStartsWith(this.line, '---') || this.lineStartsWith(this.line, '...'))) return result;
      if (text.charCodeAt(this.lineStarts[this.line]! + indent) === DASH) decline();
    }
  }

  /**
   * The value of a key written with nothing after its colon: a mapping or sequence on the lines
   * below, more indented (or, for a mapping value, a sequence at the same indentation), or null.
   */
  private nested(indent: number): unknown {
    this.skipBlank();
    if (this.line >= this.lineStarts.length) return null;
    const below = this.indents[this.line]!;
    const isEntry = isSequenceEntry(this.text, this.lineStarts[this.line]! + below, this.lineEnds[this.line]!);
    if (below > indent) return isEntry ? this.sequence(below) : this.mapping(below);
    if (below === indent && isEntry) return this.sequence(below);
    return null;
  }

  /** A block sequence whose dashes are at `indent`, from the current line. */
  private sequence(indent: number): unknown[] {
    const { text } = this;
    const result: unknown[] = [];
    for (;;) {
      const i = this.line;
      const lineStart = this.lineStarts[i]!;
      const lineEnd = this.lineEnds[i]!;
      let from = lineStart + indent + 1;
      while (from < lineEnd && text.charCodeAt(from) === SPACE) from++;
      // `-` alone (a nested block or null), `- - x` and `- |` are left to js-yaml.
      if (from === lineStart + indent + 1 || from >= lineEnd) decline();
      const first = text.charCodeAt(from);
      if (first === HASH || first === 124 || (first === DASH && text.charCodeAt(from + 1) === SPACE)) decline();
      if (keyEnd(text, from, lineEnd) !== -1) {
        // A compact mapping: its keys are where this first key starts.
        this.indents[i] = from - lineStart;
        result.push(this.mapping(from - lineStart));
      } else {
        this.line++;
        result.push(this.inline(from, lineEnd, indent));
      }
      if (!this.goesOn(indent) || !isSequenceEntry(text, this.lineStarts[this.line]! + indent, this.lineEnds[this.line]!)) return result;
    }
  }

  /**
   * A value written on its key's (or dash's) line from `from` to the line's end at `end`, the line
   * already consumed: a literal block scalar (its lines follow), a one-line flow collection, a
   * quoted or plain scalar. `indent`: the indentation of the mapping or sequence it belongs to.
   */
  private inline(from: number, end: number, indent: number): unknown {
    const first = this.text.charCodeAt(from);
    // What the caller finds more indented on the next lines (a scalar that goes on) is left to js-yaml.
    switch (first) {
      case 124: // |
        return this.literal(this.text.slice(from, end), indent);
      case 91: // [
      case 123: // {
        return this.flow(from, end);
      case 34: // "
      case 39: // '
        return this.quoted(from, end, first);
      default:
        return this.plain(from, end);
    }
  }

  /** A literal block scalar (`|` keeps one final line break, `|-` none), its header already read. */
  private literal(header: string, indent: number): string {
    if (header !== '|' && header !== '|-') decline(); // `|+`, indentation indicators, comments
    let content = -1;
    const parts: string[] = [];
    let blank = 0;
    while (this.line < this.lineStarts.length) {
      const lineStart = this.lineStarts[this.line]!;
      const lineEnd = this.lineEnds[this.line]!;
      const spaces = this.indents[this.line]!;
      if (spaces === lineEnd - lineStart) {
        // A line of spaces only: an empty line of the scalar, unless it holds more spaces than
        // the content's indentation (then some are content) or comes before the first line.
        if (content === -1 || spaces > content) decline();
        blank++;
        this.line++;
        continue;
      }
      if (content === -1) {
        if (spaces <= indent) decline(); // an empty scalar
        content = spaces;
      } else if (spaces < content) {
        if (spaces > indent) decline(); // less indented than the content, more than the key
        break;
      }
      for (; blank > 0; blank--) parts.push('');
      parts.push(this.text.slice(lineStart + content, lineEnd));
      this.line++;
    }
    if (content === -1) decline();
    const value = parts.join('\n');
    return header === '|' ? `${value}\n` : value;
  }

  /** A one-line flow collection (`[a, b]`, `{key: value}`, nested), its plain scalars one-liners without `:` or `#`. */
  private flow(from: number, end: number): unknown {
    this.at = from;
    this.end = end;
    const value = this.flowCollection();
    this.rest(this.at, end);
    return value;
  }

  /** Where the flow reader is, and where its line ends. */
  private at = 0;
  private end = 0;

  private flowCollection(): unknown {
    const { text } = this;
    const open = text.charCodeAt(this.at);
    const close = open === 91 ? 93 : 125; // [ ] or { }
    this.at++;
    this.flowSpaces();
    const sequence: unknown[] = [];
    const mapping: Record<string, unknown> = {};
    if (this.at < this.end && text.charCodeAt(this.at) === close) {
      this.at++;
      return open === 91 ? sequence : mapping;
    }
    for (;;) {
      if (open === 91) {
        sequence.push(this.flowItem());
      } else {
        const start = this.at;
        while (this.at < this.end && isKeyChar(text.charCodeAt(this.at))) this.at++;
        const key = text.slice(start, this.at);
        if (start === this.at || this.at + 1 >= this.end || text.charCodeAt(this.at) !== COLON || text.charCodeAt(this.at + 1) !== SPACE) decline();
        if (RESOLVED_KEYS.has(key) || Object.prototype.hasOwnProperty.call(mapping, key) || !/^[A-Za-z_]/.test(key)) decline();
        this.at += 2;
        this.flowSpaces();
        mapping[key] = this.flowItem();
      }
      this.flowSpaces();
      if (this.at >= this.end) decline(); // the line ends before the collection
      const next = text.charCodeAt(this.at++);
      if (next === close) return open === 91 ? sequence : mapping;
      if (next !== 44) decline(); // ,
      this.flowSpaces();
      if (this.at < this.end && text.charCodeAt(this.at) === close) decline(); // a trailing comma
    }
  }

  private flowSpaces(): void {
    while (this.at < this.end && this.text.charCodeAt(this.at) === SPACE) this.at++;
  }

  /** A value in a flow collection: a nested collection, a quoted scalar or a plain one. */
  private flowItem(): unknown {
    const { text } = this;
    const first = this.at < this.end ? text.charCodeAt(this.at) : -1;
    if (first === 91 || first === 123) return this.flowCollection();
    if (first === 34 || first === 39) {
      const { value, end } = quotedAt(text, this.at, this.end, first);
      this.at = end;
      return value;
    }
    const start = this.at;
    while (this.at < this.end && !FLOW_END.includes(text[this.at]!)) this.at++;
    let end = this.at;
    while (end > start && text.charCodeAt(end - 1) === SPACE) end--; // spaces only: YAML's, not Unicode's
    const value = text.slice(start, end);
    if (value === '' || !startsPlain(value) || value.includes(':') || value.includes('#')) decline();
    return resolvePlain(value);
  }

  /** A one-line quoted scalar. */
  private quoted(from: number, end: number, quote: number): string {
    const { value, end: closed } = quotedAt(this.text, from, end, quote);
    this.rest(closed, end);
    return value;
  }

  /** What follows a closed value on its line (which ends at `end`): spaces, then a comment or nothing. */
  private rest(from: number, end: number): void {
    let i = from;
    while (i < end && this.text.charCodeAt(i) === SPACE) i++;
    if (i < end && (i === from || this.text.charCodeAt(i) !== HASH)) decline();
  }

  /** A one-line plain scalar, without its comment and trailing spaces. */
  private plain(from: number, end: number): unknown {
    // The rest of the line, searched with native searches (a loop over every character costs more
    // on long Vietnamese values); searching the whole text for a comment could scan to its end.
    let value = this.text.slice(from, end);
    let stop = value.indexOf(' #');
    if (stop === -1) stop = value.length;
    while (stop > 0 && value.charCodeAt(stop - 1) === SPACE) stop--; // spaces only: YAML's, not Unicode's
    if (stop < value.length) value = value.slice(0, stop);
    // `key: a: b` and `key: a:` are errors or mappings in YAML: js-yaml's.
    if (!startsPlain(value) || value.includes(': ') || value.endsWith(':')) decline();
    return resolvePlain(value);
  }
}
