// The signoff messages: filled in by the signoff issue.
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface SignOffProtocol {}
