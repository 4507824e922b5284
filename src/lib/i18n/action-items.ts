/**
 * Texts of the action items on the consultant's client page: what was
 * agreed, who does it and by when (issue: the client page, compact).
 */
const nlActionItems = {
  title: 'Actiepunten',
  lead: 'Wat is afgesproken, wie het doet en wanneer het klaar moet zijn. Alleen groeicoaches van je organisatie zien deze lijst.',
  newItem: 'Nieuw actiepunt',
  text: 'Wat moet er gebeuren?',
  owner: 'Wie doet het?',
  ownerHint: 'Een naam, ook van iemand bij de klant, bijvoorbeeld “Anna (klant)”.',
  dueOn: 'Uiterlijk klaar op',
  add: 'Actiepunt toevoegen',
  none: 'Nog geen actiepunten.',
  openTitle: 'Open',
  doneTitle: 'Afgerond',
  ownerLine: 'Wie: {owner}',
  dueLine: 'Uiterlijk klaar op {date}',
  doneLine: 'Afgerond op {date}',
  overdue: 'Te laat',
  finish: 'Afvinken',
  reopen: 'Weer openzetten',
  delete: 'Verwijder',
  /**
   * Read after the visible button text: which item the button acts on. Starts
   * with a space: Chrome puts one before the hidden text anyway (it is
   * positioned absolutely), so a colon would be read as " : ".
   */
  itemName: ' – {text}',
  deleteItemName: ' actiepunt: {text}',
  errorSummaryTitle: 'Het actiepunt is niet toegevoegd',
  added: 'Het actiepunt is toegevoegd.',
  finished: 'Het actiepunt is afgerond.',
  reopened: 'Het actiepunt staat weer open.',
  deleted: 'Het actiepunt is verwijderd.',
};

export const enActionItems: typeof nlActionItems = {
  title: 'Action items',
  lead: 'What was agreed, who does it and when it is due. Only growth coaches in your organisation see this list.',
  newItem: 'New action item',
  text: 'What needs to be done?',
  owner: 'Who does it?',
  ownerHint: 'A name, also of someone at the client, for example “Anna (client)”.',
  dueOn: 'Due on',
  add: 'Add action item',
  none: 'No action items yet.',
  openTitle: 'Open',
  doneTitle: 'Done',
  ownerLine: 'Who: {owner}',
  dueLine: 'Due on {date}',
  doneLine: 'Done on {date}',
  overdue: 'Overdue',
  finish: 'Mark as done',
  reopen: 'Reopen',
  delete: 'Delete',
  itemName: ' – {text}',
  deleteItemName: ' action item: {text}',
  errorSummaryTitle: 'The action item was not added',
  added: 'The action item has been added.',
  finished: 'The action item is done.',
  reopened: 'The action item is open again.',
  deleted: 'The action item has been deleted.',
};

export const actionItemsTexts = { nl: nlActionItems, en: enActionItems };
