/**
 * One shape per kind of box, so that a diagram reads without colour (printed, or by someone who
 * does not see colour): each shape says how far its outline bends inwards (the insets), and
 * draws itself into a box. Aggregated boxes (a count of elements) are drawn as a stack.
 */

export interface Insets {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface Shape {
  /** Space the outline takes inside the box, beyond the text padding. */
  insets: Insets;
  /** SVG markup of the outline in the box (x, y, w, h). */
  draw(x: number, y: number, w: number, h: number): string;
}

const n = (value: number) => String(Math.round(value * 10) / 10);
const none: Insets = { top: 0, right: 0, bottom: 0, left: 0 };
const path = (d: string, className = 'shape', extra = '') => `<path class="${className}"${extra} d="${d}"/>`;

const CAP = 7; // database cap height
const DEPTH = 8; // infrastructure box depth
const CUT = 9; // security octagon corner
const TIP = 14; // business-function arrow tip
const ROOF = 10; // agency pediment
const SKEW = 10; // channel parallelogram
const ICON = 20; // user icon column

export const SHAPES: Record<string, Shape> = {
  'information-system': {
    insets: none,
    draw: (x, y, w, h) => `<rect class="shape" x="${n(x)}" y="${n(y)}" width="${n(w)}" height="${n(h)}" rx="8" ry="8"/>`,
  },
  database: {
    insets: { top: 2 * CAP, right: 0, bottom: CAP, left: 0 },
    draw: (x, y, w, h) => {
      const rx = w / 2;
      const body = `M${n(x)} ${n(y + CAP)}V${n(y + h - CAP)}A${n(rx)} ${CAP} 0 0 0 ${n(x + w)} ${n(y + h - CAP)}V${n(y + CAP)}A${n(rx)} ${CAP} 0 0 0 ${n(x)} ${n(y + CAP)}Z`;
      const lid = `M${n(x)} ${n(y + CAP)}A${n(rx)} ${CAP} 0 0 0 ${n(x + w)} ${n(y + CAP)}`;
      return path(body) + path(lid, 'shape lid');
    },
  },
  infrastructure: {
    insets: { top: DEPTH, right: DEPTH, bottom: 0, left: 0 },
    draw: (x, y, w, h) => {
      const front = `M${n(x)} ${n(y + DEPTH)}H${n(x + w - DEPTH)}V${n(y + h)}H${n(x)}Z`;
      const top = `M${n(x)} ${n(y + DEPTH)}L${n(x + DEPTH)} ${n(y)}H${n(x + w)}L${n(x + w - DEPTH)} ${n(y + DEPTH)}Z`;
      const side = `M${n(x + w - DEPTH)} ${n(y + DEPTH)}L${n(x + w)} ${n(y)}V${n(y + h - DEPTH)}L${n(x + w - DEPTH)} ${n(y + h)}Z`;
      return path(front) + path(top, 'shape shade') + path(side, 'shape shade');
    },
  },
  'security-component': {
    insets: { top: 3, right: CUT / 2, bottom: 3, left: CUT / 2 },
    draw: (x, y, w, h) =>
      path(`M${n(x + CUT)} ${n(y)}H${n(x + w - CUT)}L${n(x + w)} ${n(y + CUT)}V${n(y + h - CUT)}L${n(x + w - CUT)} ${n(y + h)}H${n(x + CUT)}L${n(x)} ${n(y + h - CUT)}V${n(y + CUT)}Z`),
  },
  'public-service': {
    insets: { top: 0, right: 12, bottom: 0, left: 12 },
    draw: (x, y, w, h) => {
      const r = Math.min(h / 2, 18);
      return `<rect class="shape" x="${n(x)}" y="${n(y)}" width="${n(w)}" height="${n(h)}" rx="${n(r)}" ry="${n(r)}"/>`;
    },
  },
  'business-function': {
    insets: { top: 0, right: TIP, bottom: 0, left: 0 },
    draw: (x, y, w, h) => path(`M${n(x)} ${n(y)}H${n(x + w - TIP)}L${n(x + w)} ${n(y + h / 2)}L${n(x + w - TIP)} ${n(y + h)}H${n(x)}Z`),
  },
  agency: {
    insets: { top: ROOF, right: 0, bottom: 0, left: 0 },
    draw: (x, y, w, h) => path(`M${n(x)} ${n(y + ROOF)}L${n(x + w / 2)} ${n(y)}L${n(x + w)} ${n(y + ROOF)}V${n(y + h)}H${n(x)}Z`),
  },
  user: {
    insets: { top: 0, right: 0, bottom: 0, left: ICON },
    draw: (x, y, w, h) => {
      const cx = x + 14;
      const cy = y + h / 2;
      const icon = `<circle class="icon" cx="${n(cx)}" cy="${n(cy - 6)}" r="4"/>` + `<path class="icon" d="M${n(cx - 7)} ${n(cy + 9)}A7 7 0 0 1 ${n(cx + 7)} ${n(cy + 9)}Z"/>`;
      return `<rect class="shape" x="${n(x)}" y="${n(y)}" width="${n(w)}" height="${n(h)}" rx="14" ry="14"/>` + icon;
    },
  },
  channel: {
    insets: { top: 0, right: SKEW, bottom: 0, left: SKEW },
    draw: (x, y, w, h) => path(`M${n(x + SKEW)} ${n(y)}H${n(x + w)}L${n(x + w - SKEW)} ${n(y + h)}H${n(x)}Z`),
  },
};

const plain: Shape = {
  insets: none,
  draw: (x, y, w, h) => `<rect class="shape" x="${n(x)}" y="${n(y)}" width="${n(w)}" height="${n(h)}"/>`,
};

export function shapeOf(kind: string): Shape {
  return SHAPES[kind] ?? plain;
}

/** Offset of the back cards of an aggregated box. */
export const STACK = 5;

/** Insets of a box: its shape's, plus the stack for an aggregated box. */
export function insetsOf(kind: string, aggregated: boolean): Insets {
  const { top, right, bottom, left } = shapeOf(kind).insets;
  return aggregated ? { top, right: right + 2 * STACK, bottom: bottom + 2 * STACK, left } : { top, right, bottom, left };
}

/** The outline of a box: two cards behind the front one for an aggregated box. */
export function drawShape(kind: string, aggregated: boolean, x: number, y: number, w: number, h: number): string {
  const shape = shapeOf(kind);
  if (!aggregated) return shape.draw(x, y, w, h);
  const fw = w - 2 * STACK;
  const fh = h - 2 * STACK;
  return (
    `<g class="stack">${shape.draw(x + 2 * STACK, y + 2 * STACK, fw, fh)}${shape.draw(x + STACK, y + STACK, fw, fh)}</g>` + shape.draw(x, y, fw, fh)
  );
}
