/**
 * Runs inside an embedded survey page (Layout with `embed`): tells the page
 * that framed it (src/embed/loader.js) its height whenever it changes, and
 * that the survey was answered on the thank-you page.
 *
 * Who hears it: postMessage goes to one named origin, never '*'. That is
 * the parent's origin when the browser tells it (location.ancestorOrigins,
 * Chromium and Safari), else the one the loader put in the first page's
 * fragment (#<origin>, never sent to the server), remembered for the later
 * pages of this frame, else the first page's referrer; and it must be one of the survey's embed origins or Koers
 * (the owner's preview): the same list the frame-ancestors header allows,
 * so a page that is not on it never receives a message. The messages carry
 * nothing personal in any case: a height and "completed".
 */
const HOST_KEY = 'koers-embed-host';

/** Storage can be blocked in a third-party frame and a fragment can be malformed: either just gives nothing. */
function attempt<T>(read: () => T): T | null {
  try {
    return read();
  } catch {
    return null;
  }
}

function hostOrigin(allowed: string[]): string | null {
  const candidates = [
    location.ancestorOrigins?.[0],
    location.hash.length > 1 ? attempt(() => decodeURIComponent(location.hash.slice(1))) : null,
    attempt(() => sessionStorage.getItem(HOST_KEY)),
    document.referrer ? attempt(() => new URL(document.referrer).origin) : null,
  ];
  const found = candidates.find((origin): origin is string => !!origin && allowed.includes(origin)) ?? null;
  if (found && found !== location.origin) attempt(() => sessionStorage.setItem(HOST_KEY, found));
  return found;
}

export function reportToHost(): void {
  if (window.parent === window) return;
  let allowed: string[];
  try {
    allowed = [location.origin, ...(JSON.parse(document.body.dataset.embedOrigins ?? '[]') as string[])];
  } catch {
    return;
  }
  const origin = hostOrigin(allowed);
  if (!origin) return;
  const post = (message: Record<string, unknown>) => window.parent.postMessage({ koers: 1, ...message }, origin);

  // The first report always goes, even a height of 0 (a popup's frame loads hidden): it tells the loader Koers is there.
  let last = -1;
  const sendHeight = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    post({ height });
  };
  sendHeight();
  new ResizeObserver(sendHeight).observe(document.documentElement);
  if ('embedCompleted' in document.body.dataset) post({ completed: true });
}
