// A TikTok handle as the API takes it (HandleInput): 2-24 letters, digits, '.' or '_', a leading '@' accepted.
const HANDLE = /^@?[A-Za-z0-9._]{2,24}$/;

export function isHandle(text: string): boolean {
  return HANDLE.test(text.trim());
}

/** The canonical form the API answers with: no '@', lower case. */
export function canonicalHandle(text: string): string {
  return text.trim().replace(/^@/, '').toLowerCase();
}
