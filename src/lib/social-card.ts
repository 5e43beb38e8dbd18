// The picture a link preview shows (og:image): the page's kind, title and
// summary on a 1200 × 630 card, drawn as SVG for sharp to turn into PNG.
// SVG text does not wrap, so lines are broken here by the advance widths of
// Liberation Sans (metric-compatible with Arial and Helvetica), and a summary
// that does not fit ends in an ellipsis.
import { escapeHtml } from './inline-markdown.ts';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
/** Text starts here and must end before CARD_WIDTH - MARGIN. */
export const MARGIN = 72;

// Advance widths in thousandths of an em, from the Helvetica AFM files.
const REGULAR = widths(
  ' !"#$%&\'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~',
  [278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584],
);
const BOLD = widths(
  ' !"#$%&\'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~',
  [278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611, 975, 722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333, 278, 333, 584, 556, 333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611, 611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584],
);
// Anything else (·, –, accented letters) is counted as wide as an M, so a line can only come out short.
const UNKNOWN = 833;

function widths(chars: string, values: number[]): Map<string, number> {
  if (chars.length !== values.length) throw new Error(`width table: ${chars.length} characters, ${values.length} widths`);
  return new Map([...chars].map((char, i) => [char, values[i]!]));
}

/** The width in pixels of text set in Liberation Sans at size px. */
export function textWidth(text: string, size: number, bold = false): number {
  const table = bold ? BOLD : REGULAR;
  let units = 0;
  for (const char of text) units += table.get(char) ?? UNKNOWN;
  return (units * size) / 1000;
}

/**
 * Breaks text into at most maxLines lines no wider than width, at spaces. A
 * word wider than a line is cut; text left over ends the last line in "…".
 */
export function wrapText(text: string, width: number, size: number, maxLines: number, bold = false): string[] {
  const fits = (line: string) => textWidth(line, size, bold) <= width;
  const lines: string[] = [];
  let line = '';
  const words = text.split(/\s+/).filter(Boolean);
  for (let i = 0; i < words.length; i++) {
    let word = words[i]!;
    const candidate = line ? `${line} ${word}` : word;
    if (fits(candidate)) {
      line = candidate;
      continue;
    }
    if (line) {
      lines.push(line);
      line = '';
    }
    while (!fits(word)) {
      let cut = word.length - 1;
      while (cut > 1 && !fits(word.slice(0, cut))) cut--;
      if (lines.length === maxLines) break;
      lines.push(word.slice(0, cut));
      word = word.slice(cut);
    }
    if (lines.length === maxLines) return ellipsize(lines, width, size, bold);
    line = word;
  }
  if (line) lines.push(line);
  return lines.length > maxLines ? ellipsize(lines.slice(0, maxLines), width, size, bold) : lines;
}

function ellipsize(lines: string[], width: number, size: number, bold: boolean): string[] {
  let last = lines.at(-1)!;
  while (last && textWidth(`${last}…`, size, bold) > width) last = last.slice(0, -1);
  return [...lines.slice(0, -1), `${last.replace(/[\s,.;:]+$/, '')}…`];
}

export interface Card {
  /** What the page is, such as "Pitfall · Concurrency". */
  eyebrow: string;
  title: string;
  /** Plain text; it is cut to fit. */
  summary: string;
}

const TITLE = { size: 60, leading: 72, lines: 3 };
const SUMMARY = { size: 30, leading: 42 };
const EYEBROW_BASELINE = 108;
const FOOTER_BASELINE = 570;

/** The card as an SVG document. */
export function cardSvg({ eyebrow, title, summary }: Card): string {
  const width = CARD_WIDTH - 2 * MARGIN;
  const titleLines = wrapText(title, width, TITLE.size, TITLE.lines, true);
  const titleBaseline = EYEBROW_BASELINE + 92;
  const summaryBaseline = titleBaseline + (titleLines.length - 1) * TITLE.leading + 74;
  // The summary takes the lines left between the title and the footer.
  const summaryLines = wrapText(summary, width, SUMMARY.size, Math.max(1, Math.floor((FOOTER_BASELINE - 60 - summaryBaseline) / SUMMARY.leading) + 1));
  const tspans = (lines: string[], leading: number) =>
    lines.map((line, i) => `<tspan x="${MARGIN}" dy="${i === 0 ? 0 : leading}">${escapeHtml(line)}</tspan>`).join('');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}" font-family="Liberation Sans, Arial, Helvetica, sans-serif">`,
    `<rect width="${CARD_WIDTH}" height="${CARD_HEIGHT}" fill="#0d1117"/>`,
    `<rect width="16" height="${CARD_HEIGHT}" fill="#00add8"/>`,
    `<text x="${MARGIN}" y="${EYEBROW_BASELINE}" font-size="28" font-weight="700" letter-spacing="1" fill="#9ba7b4">${escapeHtml(eyebrow.toUpperCase())}</text>`,
    `<text x="${MARGIN}" y="${titleBaseline}" font-size="${TITLE.size}" font-weight="700" fill="#f0f6fc">${tspans(titleLines, TITLE.leading)}</text>`,
    `<text x="${MARGIN}" y="${summaryBaseline}" font-size="${SUMMARY.size}" fill="#c9d1d9">${tspans(summaryLines, SUMMARY.leading)}</text>`,
    `<text x="${MARGIN}" y="${FOOTER_BASELINE}" font-size="28" font-weight="700" fill="#00add8">Go Field Guide</text>`,
    `<text x="${CARD_WIDTH - MARGIN}" y="${FOOTER_BASELINE}" font-size="24" text-anchor="end" fill="#9ba7b4">Every example compiled, vetted and tested</text>`,
    '</svg>',
  ].join('');
}
