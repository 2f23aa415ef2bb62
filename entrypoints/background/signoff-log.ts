// STUB: the sign-off issue turns this into the log service (Dexie, hash chain, export).
/** Wires the sign-off log messages. */
export function registerSignOffLog(): void {}
