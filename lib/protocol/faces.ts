// The faces messages: filled in by the faces issue.
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface FacesProtocol {}
