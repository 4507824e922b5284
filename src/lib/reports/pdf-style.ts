/** Colours, fonts and page geometry of the PDF report, shared by its drawing modules. Colours match src/styles/global.css. */

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
};

/** PDF's standard fonts: nothing to embed, and WinAnsi covers Dutch accents and the euro sign. */
export const PDF_FONTS = { regular: 'Helvetica', bold: 'Helvetica-Bold', italic: 'Helvetica-Oblique' };

const PT_PER_MM = 72 / 25.4;
/** 20 mm all round, with extra room at the bottom for the footer. */
export const PAGE_MARGINS_PT = { top: 20 * PT_PER_MM, bottom: 24 * PT_PER_MM, left: 20 * PT_PER_MM, right: 20 * PT_PER_MM };
