// Whether text is a handle, and the rest of the rule, is the API's (canonicalHandle, HandleInput): the
// browser only writes a handle from an address the way the API answers handles, so that a typed
// /creator/@Ana.Reads and a link to /creator/ana.reads are one page.
export function canonicalHandle(text: string): string {
  return text.trim().replace(/^@/, '').toLowerCase();
}
