/**
 * The part of pdfkit's API that Koers uses. pdfkit ships no type
 * declarations; @types/pdfkit would replace this file once installed.
 */
declare module 'pdfkit' {
  interface PDFTextOptions {
    width?: number;
    height?: number;
    align?: 'left' | 'center' | 'right' | 'justify';
    lineGap?: number;
    link?: string | null;
    underline?: boolean;
    lineBreak?: boolean;
    ellipsis?: boolean | string;
  }

  interface PDFDocumentOptions {
    size?: string | [number, number];
    margins?: { top: number; bottom: number; left: number; right: number };
    bufferPages?: boolean;
    autoFirstPage?: boolean;
    lang?: string;
    displayTitle?: boolean;
    info?: { Title?: string; Author?: string; Subject?: string; Keywords?: string; Creator?: string; Producer?: string; CreationDate?: Date };
  }

  class PDFDocument {
    constructor(options?: PDFDocumentOptions);
    x: number;
    y: number;
    page: { width: number; height: number; margins: { top: number; bottom: number; left: number; right: number } };
    on(event: 'data', listener: (chunk: Uint8Array) => void): this;
    on(event: 'end', listener: () => void): this;
    on(event: 'error', listener: (error: Error) => void): this;
    end(): void;
    addPage(): this;
    switchToPage(index: number): this;
    bufferedPageRange(): { start: number; count: number };
    font(name: string): this;
    fontSize(size: number): this;
    fillColor(color: string): this;
    strokeColor(color: string): this;
    fillOpacity(opacity: number): this;
    lineWidth(width: number): this;
    text(text: string, x?: number, y?: number, options?: PDFTextOptions): this;
    heightOfString(text: string, options?: PDFTextOptions): number;
    widthOfString(text: string, options?: PDFTextOptions): number;
    moveTo(x: number, y: number): this;
    lineTo(x: number, y: number): this;
    polygon(...points: [number, number][]): this;
    rect(x: number, y: number, w: number, h: number): this;
    roundedRect(x: number, y: number, w: number, h: number, r: number): this;
    circle(x: number, y: number, r: number): this;
    fill(color?: string): this;
    stroke(color?: string): this;
    fillAndStroke(fill?: string, stroke?: string): this;
    save(): this;
    restore(): this;
  }

  export default PDFDocument;
}
