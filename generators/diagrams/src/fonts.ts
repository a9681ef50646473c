/**
 * Text measurement with the real metrics of the font the SVG declares: Noto Sans from
 * `@fontsource/noto-sans`, which ships one file per Unicode subset. A browser picks, for each
 * character, the first `@font-face` (in priority order) whose `unicode-range` covers it and
 * whose file has the glyph; we measure the same way, character by character, from the same
 * files. The SVG turns kerning and ligatures off so the browser's advances equal these sums.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename } from 'node:path';
import { create, type Font } from 'fontkit';
import { woffToSfnt } from './woff.js';

export const FONT_FAMILY = 'Noto Sans';
export const FONT_STACK = "'Noto Sans', sans-serif";
export type FontWeight = 400 | 600;

/** Subsets that cover Vietnamese and Latin text, in the browser's priority order (the last declared wins). */
const SUBSETS = ['latin', 'latin-ext', 'vietnamese'] as const;
export type FontSubset = (typeof SUBSETS)[number];
type Subset = FontSubset;

const require = createRequire(import.meta.url);
// WOFF rather than WOFF2: the same subset fonts, but fontkit decodes WOFF's zlib natively and
// WOFF2's Brotli in JavaScript, ten times slower. The SVG embeds these same files.
const fontFile = (subset: Subset, weight: FontWeight) => require.resolve(`@fontsource/noto-sans/files/noto-sans-${subset}-${weight}-normal.woff`);

interface Face {
  subset: Subset;
  ranges: [number, number][];
  font: Font;
  bytes: Buffer;
  file: string;
}

function parseRanges(spec: string): [number, number][] {
  return spec.split(',').map((part) => {
    const [from, to] = part.trim().replace(/^U\+/i, '').split('-');
    return [parseInt(from!, 16), parseInt(to ?? from!, 16)];
  });
}

/** Measures text in Noto Sans: widths in px for a font size, per character from the subset that has the glyph. */
export class FontMetrics {
  private readonly faces = new Map<FontWeight, Face[]>();
  /** Advance in font units by code point, per weight. */
  private readonly advances = new Map<FontWeight, Map<number, number>>([
    [400, new Map()],
    [600, new Map()],
  ]);
  /** Width in font units of words and labels (measured again and again while wrapping). */
  private readonly widths = new Map<FontWeight, Map<string, number>>([
    [400, new Map()],
    [600, new Map()],
  ]);
  private readonly unitsPerEm: number;

  constructor() {
    const unicode = JSON.parse(readFileSync(require.resolve('@fontsource/noto-sans/unicode.json'), 'utf8')) as Record<string, string>;
    for (const weight of [400, 600] as FontWeight[]) {
      this.faces.set(
        weight,
        SUBSETS.map((subset) => {
          const file = fontFile(subset, weight);
          const bytes = readFileSync(file);
          return { subset, ranges: parseRanges(unicode[subset]!), font: create(woffToSfnt(bytes)) as Font, bytes, file };
        }),
      );
    }
    this.unitsPerEm = this.faces.get(400)![0]!.font.unitsPerEm;
  }

  /** The face of each code point, per weight (null: no subset has it); every SVG asks for each of its characters. */
  private readonly faceOf = new Map<FontWeight, Map<number, Face | null>>([
    [400, new Map()],
    [600, new Map()],
  ]);

  private faceFor(codePoint: number, weight: FontWeight): Face | undefined {
    const known = this.faceOf.get(weight)!;
    let face = known.get(codePoint);
    if (face === undefined) {
      face = this.faces.get(weight)!.find((f) => f.ranges.some(([from, to]) => codePoint >= from && codePoint <= to) && f.font.hasGlyphForCodePoint(codePoint)) ?? null;
      known.set(codePoint, face);
    }
    return face ?? undefined;
  }

  /** Advance of one character in font units. A character no subset has is counted as 1 em (the fallback font's box). */
  private advance(codePoint: number, weight: FontWeight): number {
    const advances = this.advances.get(weight)!;
    let advance = advances.get(codePoint);
    if (advance === undefined) {
      const face = this.faceFor(codePoint, weight);
      advance = face ? face.font.glyphForCodePoint(codePoint).advanceWidth : this.unitsPerEm;
      advances.set(codePoint, advance);
    }
    return advance;
  }

  /**
   * Width of a text in font units: a whole number, so that the width of two texts side by side
   * is exactly the sum of theirs (no kerning), and wrapping can add words up instead of measuring
   * every candidate line again.
   */
  units(text: string, weight: FontWeight = 400): number {
    const widths = this.widths.get(weight)!;
    let units = widths.get(text);
    if (units === undefined) {
      units = 0;
      for (let i = 0; i < text.length; i++) {
        const codePoint = text.codePointAt(i)!;
        if (codePoint > 0xffff) i++;
        units += this.advance(codePoint, weight);
      }
      widths.set(text, units);
    }
    return units;
  }

  /** Font units as px at a font size. */
  px(units: number, size: number): number {
    return (units * size) / this.unitsPerEm;
  }

  width(text: string, size: number, weight: FontWeight = 400): number {
    return this.px(this.units(text, weight), size);
  }

  /** The subsets a text needs, so an SVG embeds only those. */
  subsetsOf(text: string, weight: FontWeight): Set<Subset> {
    const used = new Set<Subset>();
    for (const char of text) {
      const face = this.faceFor(char.codePointAt(0)!, weight);
      if (face) used.add(face.subset);
    }
    return used;
  }

  /** The font files measured (absolute paths), for a folder of SVG files that share them. */
  static files(): { name: string; path: string }[] {
    fontFiles ??= ([400, 600] as FontWeight[]).flatMap((weight) => SUBSETS.map((subset) => fontFile(subset, weight))).map((path) => ({ name: basename(path), path }));
    return fontFiles;
  }

  /**
   * `@font-face` rules for the subsets used: the font files inlined (an SVG opened on its own),
   * or at `urlFor(fileName)`. Declared in reverse priority order, as in @fontsource's CSS: for
   * overlapping ranges the last one wins.
   */
  fontFaceCss(used: Map<FontWeight, Set<Subset>>, urlFor?: (fileName: string) => string): string {
    const rules: string[] = [];
    for (const [weight, subsets] of [...used].sort(([a], [b]) => a - b)) {
      for (const face of [...this.faces.get(weight)!].reverse()) {
        if (!subsets.has(face.subset)) continue;
        const range = face.ranges.map(([from, to]) => (from === to ? `U+${hex(from)}` : `U+${hex(from)}-${hex(to)}`)).join(',');
        const url = urlFor ? urlFor(basename(face.file)) : `data:font/woff;base64,${face.bytes.toString('base64')}`;
        rules.push(`@font-face{font-family:'${FONT_FAMILY}';font-style:normal;font-weight:${weight};src:url(${url}) format('woff');unicode-range:${range}}`);
      }
    }
    return rules.join('\n');
  }
}

let fontFiles: { name: string; path: string }[] | undefined;

const hex = (n: number) => n.toString(16).toUpperCase().padStart(4, '0');

let shared: FontMetrics | undefined;
/** One instance per process: the font files are read once. */
export function fontMetrics(): FontMetrics {
  shared ??= new FontMetrics();
  return shared;
}
