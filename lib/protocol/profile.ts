// The profile messages: filled in by the profile issue.
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface ProfileProtocol {}
