// Koers widget loader (docs/embed.md). Served at /embed.js with comment lines
// and indentation stripped (src/lib/server/embed-script.ts); imports nothing.
// Rules: never throw into the host page, set no cookie, no inline style
// attribute (CSSOM only, allowed under a strict style-src), and leave the
// placeholder exactly as the site made it until Koers has answered.
(function () {
  try {
    // currentScript is null in a script a tag manager turned into a module: then the tag by its path.
    var base = new URL((document.currentScript || document.querySelector('script[src$="/embed.js"]')).src).origin;
    // One entry per frame: its iframe and what to do with its messages.
    var frames = [];
    addEventListener('message', function (e) {
      try {
        // Only Koers's own frames, and only the frame that sent it.
        if (e.origin != base || !e.data || e.data.koers != 1) return;
        frames.forEach(function (w) {
          if (w.f.contentWindow == e.source) w.on(e.data);
        });
      } catch (x) {}
    });
    var css = function (el, styles) {
      for (var k in styles) el.style[k] = styles[k];
    };
    var setup = function (el) {
      var id = el.getAttribute('data-koers-survey');
      if (el.koers || !/^[a-z0-9]{26,32}$/.test(id)) return;
      el.koers = 1;
      var attr = function (name) {
        return el.getAttribute('data-koers-' + name);
      };
      var mode = attr('mode') || 'inline';
      var en = attr('lang') == 'en';
      var trigger = el.querySelector('a,button');
      var label = attr('title') || (trigger || el).textContent.trim() || 'Koers';
      var f = document.createElement('iframe');
      var ready = 0;
      var loads = 0;
      var box;
      f.title = label;
      // The host's origin in the fragment: the frame posts to it (never '*'), and a fragment never reaches a server.
      f.src = base + (en ? '/en' : '') + '/e/' + id + (attr('preview') != null ? '?voorbeeld' : '') + '#' + encodeURIComponent(location.origin);
      css(f, { border: '0', width: '100%', height: '0', display: 'block' });
      var open = function () {
        if (ready && !box.open) mode == 'popup' ? box.showModal() : box.show();
      };
      frames.push({
        f: f,
        on: function (d) {
          if (!ready++) {
            // Koers answered: only now does an inline frame take the placeholder's place
            // (and a popup's link open it); a site may style [data-koers-ready].
            el.setAttribute('data-koers-ready', '');
            box ||
              [].slice.call(el.childNodes).forEach(function (n) {
                n != f && el.removeChild(n);
              });
          }
          if (d.height > 0) f.style.height = Math.min(d.height, 1e4) + 'px';
          if (d.completed) el.dispatchEvent(new CustomEvent('koers:completed', { bubbles: true, detail: { surveyId: id } }));
        },
      });
      f.onload = function () {
        // A new page in an inline frame: bring its top into view if it scrolled away.
        if (loads++ && !box && f.getBoundingClientRect().top < 0) f.scrollIntoView();
      };
      if (mode == 'inline') return el.appendChild(f);
      // Popup (modal) or slide-in (corner, the page stays usable): a native dialog,
      // which brings focus in, gives it back on close, and is named by its label.
      box = document.createElement('dialog');
      box.setAttribute('aria-label', label);
      css(box, { padding: '0', border: '0', borderRadius: '8px', boxShadow: '0 4px 24px #0006', maxHeight: '90vh', overflow: 'auto', width: 'min(40rem,94vw)' });
      if (mode != 'popup') css(box, { position: 'fixed', inset: 'auto 1rem 1rem auto', margin: '0', width: 'min(26rem,92vw)', zIndex: '2147483647' });
      var close = document.createElement('button');
      close.type = 'button';
      close.textContent = '×';
      close.setAttribute('aria-label', en ? 'Close' : 'Sluiten');
      css(close, { float: 'right', font: '1.5rem/1 sans-serif', padding: '.5rem .75rem', border: '0', background: 'none', cursor: 'pointer' });
      close.onclick = function () {
        box.close();
      };
      // A modal dialog closes on Escape by itself; the slide-in is not modal.
      box.onkeydown = function (e) {
        e.key == 'Escape' && box.close();
      };
      box.append(close, f);
      document.body.appendChild(box);
      // Until Koers has answered, the link works as the site made it (to the survey's own page).
      trigger &&
        trigger.addEventListener('click', function (e) {
          if (ready) {
            e.preventDefault();
            open();
          }
        });
      var delay = +attr('delay');
      delay > 0 && setTimeout(open, delay * 1e3);
    };
    var all = function () {
      [].forEach.call(document.querySelectorAll('[data-koers-survey]'), function (el) {
        try {
          setup(el);
        } catch (x) {}
      });
    };
    document.readyState == 'loading' ? document.addEventListener('DOMContentLoaded', all) : all();
  } catch (x) {}
})();
