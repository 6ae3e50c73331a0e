import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

// Contrast of the renderer's colours, read from its stylesheets (WCAG 2.1 AA, as BITV 2.0
// asks): text at least 4.5:1 against its background (1.4.3), and the focus ring, the
// Ampel's shapes and control borders at least 3:1 against what is next to them (1.4.11).
// axe checks rendered text in the e2e suite; this catches a colour token changed for
// every screen at once, including states (hover, selected, badges) axe may never see.

const RENDERER = fileURLToPath(new URL('../../renderer', import.meta.url));

interface Rule {
  readonly file: string;
  readonly selector: string;
  readonly declarations: ReadonlyMap<string, string>;
}

function cssFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return cssFiles(path);
    return entry.name.endsWith('.css') ? [path] : [];
  });
}

/** The innermost `selector { declarations }` blocks of a stylesheet (at-rule wrappers are looked through). */
function parseRules(file: string, css: string): Rule[] {
  const text = css.replace(/\/\*[^]*?\*\//g, '');
  const rules: Rule[] = [];
  for (const match of text.matchAll(/([^{};]+)\{([^{}]*)\}/g)) {
    const declarations = new Map<string, string>();
    for (const part of (match[2] ?? '').split(';')) {
      const colon = part.indexOf(':');
      if (colon > 0) declarations.set(part.slice(0, colon).trim(), part.slice(colon + 1).trim());
    }
    rules.push({ file: relative(RENDERER, file), selector: (match[1] ?? '').trim().replace(/\s+/g, ' '), declarations });
  }
  return rules;
}

const RULES = cssFiles(RENDERER).flatMap((file) => parseRules(file, readFileSync(file, 'utf8')));
const PRINT = /print\.css$/;
const TOKENS = new Map(RULES.filter((r) => r.selector === ':root').flatMap((r) => [...r.declarations].filter(([name]) => name.startsWith('--'))));

type Rgb = readonly [number, number, number];

/** A colour value as sRGB bytes, or null when it is not one opaque colour (gradients, alpha, currentcolor …). */
function resolve(value: string | undefined): Rgb | null {
  if (value === undefined) return null;
  const v = value.replace(/\s*!important$/, '').trim();
  const variable = /^var\((--[\w-]+)(?:,\s*(.+))?\)$/.exec(v);
  if (variable) return resolve(TOKENS.get(variable[1] ?? '') ?? variable[2]);
  if (v === 'white') return [255, 255, 255];
  if (v === 'black') return [0, 0, 0];
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(v);
  if (hex) {
    const digits = hex[1] ?? '';
    const full = digits.length === 3 ? [...digits].map((d) => d + d).join('') : digits;
    return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16)) as unknown as Rgb;
  }
  const rgb = /^rgb\((\d+)[ ,]+(\d+)[ ,]+(\d+)\)$/.exec(v);
  return rgb ? [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])] : null;
}

function luminance([r, g, b]: Rgb): number {
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** The WCAG 2.x contrast ratio of two colours. */
export function contrastRatio(a: Rgb, b: Rgb): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

function token(name: string): Rgb {
  const colour = resolve(`var(${name})`);
  if (!colour) throw new Error(`no colour token ${name} in the renderer's :root rules`);
  return colour;
}

function ratio(foreground: string, background: string): number {
  return Math.round(contrastRatio(token(foreground), token(background)) * 100) / 100;
}

/** The light surfaces text sits on across the app (page, panels, muted panels, the selected nav item). */
const SURFACES = ['--bg', '--surface', '--surface-muted'];

describe('colour contrast of the renderer styles', () => {
  test('the formula gives the known ratios (black on white 21:1, equal colours 1:1)', () => {
    expect(contrastRatio([0, 0, 0], [255, 255, 255])).toBeCloseTo(21, 5);
    expect(contrastRatio([119, 119, 119], [255, 255, 255])).toBeCloseTo(4.48, 2);
    expect(contrastRatio([10, 20, 30], [10, 20, 30])).toBe(1);
  });

  test('the stylesheets define the colour tokens this test relies on', () => {
    for (const name of ['--bg', '--surface', '--surface-muted', '--text', '--text-muted', '--accent', '--accent-hover', '--accent-soft', '--danger', '--danger-soft', '--focus', '--border-strong', '--light-green', '--light-yellow', '--light-red']) {
      expect(resolve(`var(${name})`), name).not.toBeNull();
    }
  });

  test('body text, muted text, links and danger text reach 4.5:1 on every light surface', () => {
    const low: string[] = [];
    for (const text of ['--text', '--text-muted', '--accent', '--accent-hover', '--danger']) {
      for (const surface of [...SURFACES, '--accent-soft']) if (ratio(text, surface) < 4.5) low.push(`${text} on ${surface}: ${ratio(text, surface)}`);
    }
    expect(low).toEqual([]);
    expect(ratio('--danger', '--danger-soft')).toBeGreaterThanOrEqual(4.5);
  });

  test('the Ampel badges: word on its tinted background 4.5:1, shape outline 3:1 (never colour alone)', () => {
    for (const light of ['green', 'yellow', 'red']) {
      expect(ratio(`--light-${light}`, `--light-${light}-soft`), `${light} text`).toBeGreaterThanOrEqual(4.5);
      for (const surface of SURFACES) expect(ratio(`--light-${light}`, surface), `${light} on ${surface}`).toBeGreaterThanOrEqual(4.5);
    }
    // The yellow triangle's fill is light; its outline (--light-yellow) is what reaches 3:1 on the badge.
    const yellowShape = RULES.find((r) => r.selector === '.ampel-shape-yellow');
    expect(yellowShape?.declarations.get('stroke')).toBe('var(--light-yellow)');
  });

  test('the focus ring reaches 3:1 against the page and panels around the control', () => {
    const focusRules = RULES.filter((r) => /:focus-visible|data-focus-visible/.test(r.selector) && r.declarations.has('outline'));
    expect(focusRules.length).toBeGreaterThan(0);
    const weak: string[] = [];
    for (const rule of focusRules) {
      const outline = rule.declarations.get('outline') ?? '';
      if (/\bnone\b|^0\b/.test(outline)) continue;
      const colour = resolve(/(var\([^)]+\)|#[0-9a-f]{3,6}\b|white|black)/i.exec(outline)?.[1]);
      if (!colour) {
        weak.push(`${rule.file} ${rule.selector}: outline colour "${outline}" cannot be checked`);
        continue;
      }
      // outline-offset puts the ring on the surface around the control, so those are its neighbours.
      for (const adjacent of [...SURFACES, '--accent-soft']) {
        const r = contrastRatio(colour, token(adjacent));
        if (r < 3) weak.push(`${rule.file} ${rule.selector}: outline ${outline} next to ${adjacent} is ${r.toFixed(2)}:1`);
      }
    }
    expect(weak).toEqual([]);
  });

  test('the borders that show where inputs, checkboxes and radios are reach 3:1 on the light surfaces', () => {
    const controls = RULES.filter((r) => ['.input', '.checkbox-box', '.radio-dot'].some((c) => r.selector.split(',').map((x) => x.trim()).includes(c)));
    expect(controls.length).toBeGreaterThanOrEqual(3);
    const weak: string[] = [];
    for (const rule of controls) {
      const colour = resolve(/(var\([^)]+\)|#[0-9a-f]{3,6}\b)/i.exec(rule.declarations.get('border') ?? '')?.[1]);
      if (!colour) {
        weak.push(`${rule.file} ${rule.selector}: no border colour to check`);
        continue;
      }
      for (const surface of SURFACES) if (contrastRatio(colour, token(surface)) < 3) weak.push(`${rule.selector} on ${surface}: ${contrastRatio(colour, token(surface)).toFixed(2)}:1`);
    }
    expect(weak).toEqual([]);
  });

  test('every rule that sets both a text colour and a background has 4.5:1 between them', () => {
    const low: string[] = [];
    let checked = 0;
    for (const rule of RULES) {
      if (PRINT.test(rule.file) || rule.selector === ':root') continue;
      const fg = resolve(rule.declarations.get('color'));
      const bg = resolve(rule.declarations.get('background-color') ?? rule.declarations.get('background'));
      if (!fg || !bg) continue;
      checked += 1;
      const r = contrastRatio(fg, bg);
      if (r < 4.5) low.push(`${rule.file} ${rule.selector}: ${r.toFixed(2)}:1`);
    }
    expect(checked).toBeGreaterThan(20);
    expect(low).toEqual([]);
  });

  test('every other text colour set in the stylesheets reaches 4.5:1 on the light surfaces', () => {
    const low: string[] = [];
    for (const rule of RULES) {
      if (PRINT.test(rule.file) || rule.selector === ':root') continue;
      if (rule.declarations.has('background') || rule.declarations.has('background-color')) continue;
      const fg = resolve(rule.declarations.get('color'));
      // White text belongs on a filled background set elsewhere (a button's base rule); that pair is checked above.
      if (!fg || luminance(fg) > 0.5) continue;
      for (const surface of SURFACES) {
        const r = contrastRatio(fg, token(surface));
        if (r < 4.5) low.push(`${rule.file} ${rule.selector} on ${surface}: ${r.toFixed(2)}:1`);
      }
    }
    expect(low).toEqual([]);
  });
});
