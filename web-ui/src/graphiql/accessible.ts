// What GraphiQL's markup leaves out for assistive technology, added as its editors appear (axe-core
// checks this page like every other): a name for each editor's text area, a focusable scroll region,
// and tabs that are tabs without holding buttons inside a tab.
const EDITOR_NAMES: [string, string][] = [
  ['.graphiql-query-editor', 'GraphQL query'],
  ['.graphiql-editor-tool .graphiql-editor:nth-child(1)', 'Variables (JSON)'],
  ['.graphiql-editor-tool .graphiql-editor:nth-child(2)', 'Headers (JSON)'],
  ['.graphiql-response', 'Response'],
];

function complete(root: ParentNode) {
  for (const [container, name] of EDITOR_NAMES) {
    root.querySelectorAll(`${container} textarea:not([aria-label])`).forEach((area) => area.setAttribute('aria-label', name));
  }
  // CodeMirror makes its scroller unfocusable (-1): a keyboard user could not scroll a long answer.
  root.querySelectorAll('.CodeMirror-scroll:not([tabindex="0"])').forEach((region) => region.setAttribute('tabindex', '0'));
  root.querySelectorAll('li[role="tab"]').forEach((tab) => {
    const button = tab.querySelector('button');
    if (!button) return;
    button.setAttribute('role', 'tab');
    button.setAttribute('aria-selected', tab.getAttribute('aria-selected') ?? 'false');
    tab.setAttribute('role', 'presentation');
    tab.removeAttribute('aria-selected');
  });
}

/** Keeps {@code root}'s GraphiQL complete as it renders and re-renders. */
export function keepAccessible(root: HTMLElement) {
  complete(root);
  new MutationObserver(() => complete(root)).observe(root, { childList: true, subtree: true });
}
