/** A secret or file that cannot be opened: a wrong key, a damaged envelope or chunk, an unknown format. */
export class EnvelopeError extends Error {}
