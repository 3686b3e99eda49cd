import { timeZoneNames } from '../../../electron/common/time/time-zone-names';

const timeZoneListId = 'briefdesk-time-zone-names';

/**
 * The id of one list of zone names that every zone field of the editor offers (the briefing's
 * zone, each key figure's "as of"), made on first use and kept for the page's life: some 400
 * options built once instead of once per field and per opening.
 */
export function sharedTimeZoneList(): string {
  if (!document.getElementById(timeZoneListId)) {
    const list = document.createElement('datalist');
    list.id = timeZoneListId;
    for (const name of timeZoneNames()) {
      const option = document.createElement('option');
      option.value = name;
      list.append(option);
    }
    document.body.append(list);
  }
  return timeZoneListId;
}
