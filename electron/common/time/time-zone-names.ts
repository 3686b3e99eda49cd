/** Every IANA zone name this runtime knows, UTC first, for pickers. */
export function timeZoneNames(): string[] {
  let names: string[] = [];
  try {
    names = Intl.supportedValuesOf('timeZone');
  } catch {
    names = [];
  }
  return ['UTC', ...names.filter((name) => name !== 'UTC')];
}
