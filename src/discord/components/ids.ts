/**
 * Custom ids of the buttons and modals a command sends: `bron:<command>:<args…>`, at most 100 characters (Discord's
 * limit). Everything a click needs is in the id, so it still works after a restart.
 */
export function componentId(command: string, ...args: (string | number)[]): string {
  const id = ['bron', command, ...args.map(String)].join(':');
  if (id.length > 100) throw new RangeError(`custom id longer than 100 characters: ${id.slice(0, 40)}…`);
  return id;
}

/** The command and args of a custom id made by componentId, or undefined for any other id. */
export function parseComponentId(id: string): { command: string; args: string[] } | undefined {
  const [prefix, command, ...args] = id.split(':');
  return prefix === 'bron' && command && command !== 'fb' ? { command, args } : undefined;
}
