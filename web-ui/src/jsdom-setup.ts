// jsdom has no matchMedia; uPlot asks it for the screen's pixel ratio when it loads. A screen that
// matches no query is enough for tests that render pages with charts (the charts draw in Chromium).
if (typeof window !== 'undefined' && !window.matchMedia) {
  window.matchMedia = (query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => {},
    removeListener: () => {},
    addEventListener: () => {},
    removeEventListener: () => {},
    dispatchEvent: () => false,
  });
}
