/** Whether what a person typed to confirm a deletion is the name shown: spaces around and letter case do not matter. */
export function confirmsName(typed: string, name: string): boolean {
  const normal = (s: string) => s.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('nl');
  return typed.trim() !== '' && normal(typed) === normal(name);
}
