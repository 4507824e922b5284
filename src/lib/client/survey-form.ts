/**
 * Progressive enhancement for a survey page. Everything works without it;
 * with it, answers are saved while the respondent types, the error summary
 * gets focus, and switching language first saves what is on the page.
 */
const AUTOSAVE_DELAY_MS = 800;

export function enhanceSurveyForm(): void {
  const form = document.querySelector<HTMLFormElement>('form[data-autosave]');
  if (!form) return;
  document.querySelector<HTMLElement>('#error-summary')?.focus();

  const status = form.querySelector<HTMLElement>('.autosave-status');
  const endpoint = form.dataset.autosave!;
  let timer: number | undefined;
  let pending: Promise<void> | undefined;

  const save = (): Promise<void> => {
    window.clearTimeout(timer);
    timer = undefined;
    pending = fetch(endpoint, { method: 'POST', body: new FormData(form), credentials: 'same-origin' })
      .then((response) => {
        if (!status) return;
        status.textContent = response.ok ? `${status.dataset.saved} ${new Date().toLocaleTimeString()}` : status.dataset.failed!;
      })
      .catch(() => {
        if (status) status.textContent = status.dataset.failed!;
      });
    return pending;
  };
  const schedule = () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(save, AUTOSAVE_DELAY_MS);
  };
  form.addEventListener('change', schedule);
  form.addEventListener('input', schedule);

  // Keep the answers on this page when the respondent switches language.
  document.querySelector<HTMLAnchorElement>('a[data-lang-switch]')?.addEventListener('click', async (event) => {
    if (timer === undefined && !pending) return;
    event.preventDefault();
    const href = (event.currentTarget as HTMLAnchorElement).href;
    await (timer !== undefined ? save() : pending);
    window.location.href = href;
  });
}
