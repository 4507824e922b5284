/** Colours, fonts and page geometry of the PDF reports, shared by their drawing modules. Colours match src/styles/global.css. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

export const PDF_COLOURS = {
  brand: '#0b5c55',
  brandDark: '#083f3a',
  /** A light wash of the brand colour, behind the headline box. */
  brandTint: '#e8f1f0',
  ink: '#1b1f23',
  muted: '#4a5560',
  line: '#c9d1d9',
  wash: '#f3f6f7',
  white: '#ffffff',
  /** Warnings (a small base, a withheld figure): dark enough for text on white. */
  warn: '#8a4b00',
};

/**
 * DejaVu Sans, embedded (pdfkit subsets it to the glyphs used). PDF's
 * standard fonts only speak WinAnsi, so an owner-typed "Łódź", "Şirket",
 * "Ελλάδα" or "Москва" came out as wrong letters. DejaVu covers Latin,
 * Greek, Cyrillic, Armenian, Georgian, Hebrew and Arabic glyphs; not CJK,
 * Devanagari or Thai (those print as empty boxes, see README.md). The names
 * below are registered on every document by `registerFonts`.
 */
export const PDF_FONTS = { regular: 'DejaVuSans', bold: 'DejaVuSans-Bold', italic: 'DejaVuSans-Oblique' };

const FONT_FILES: Record<keyof typeof PDF_FONTS, string> = {
  regular: 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf',
  bold: 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf',
  italic: 'dejavu-fonts-ttf/ttf/DejaVuSans-Oblique.ttf',
};

let fontBytes: Record<keyof typeof PDF_FONTS, Buffer> | null = null;

/**
 * The font files, read once per process. Resolved through Node's module
 * resolution from wherever this code runs: in the production build it is a
 * chunk under dist/server, so a path relative to this source file would
 * point nowhere, while node_modules is found the same way pdfkit is.
 */
export function fontFiles(): Record<keyof typeof PDF_FONTS, Buffer> {
  if (!fontBytes) {
    const require = createRequire(import.meta.url);
    const read = (file: string) => readFileSync(require.resolve(file));
    fontBytes = { regular: read(FONT_FILES.regular), bold: read(FONT_FILES.bold), italic: read(FONT_FILES.italic) };
  }
  return fontBytes;
}

/** Makes PDF_FONTS' names usable with `doc.font(...)` on this document. */
export function registerFonts(doc: PDFKit.PDFDocument): PDFKit.PDFDocument {
  const files = fontFiles();
  for (const key of Object.keys(PDF_FONTS) as (keyof typeof PDF_FONTS)[]) doc.registerFont(PDF_FONTS[key], files[key]);
  return doc.font(PDF_FONTS.regular);
}

const PT_PER_MM = 72 / 25.4;
/** 20 mm all round, with extra room at the bottom for the footer. */
export const PAGE_MARGINS_PT = { top: 20 * PT_PER_MM, bottom: 24 * PT_PER_MM, left: 20 * PT_PER_MM, right: 20 * PT_PER_MM };
