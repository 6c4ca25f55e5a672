import { screen } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi, renderPage } from '../testing';
import { AtCanonicalHandle } from './CanonicalHandle';

function CreatorRoute({ handle }: { handle: string }) {
  return (
    <AtCanonicalHandle handle={handle} path={(c) => `/creator/${c}`}>
      {(c) => <h1>page of {c}</h1>}
    </AtCanonicalHandle>
  );
}

function routes() {
  return (
    <Routes>
      <Route path="/creator/ana.reads" element={<CreatorRoute handle="ana.reads" />} />
      <Route path="/creator/@Ana.Reads" element={<CreatorRoute handle="@Ana.Reads" />} />
      <Route path="/creator/no handle" element={<CreatorRoute handle="no handle" />} />
    </Routes>
  );
}

describe("a creator's address", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("is sent on to the handle's canonical form, as the API answers it", async () => {
    const api = fakeApi((request) => ({ data: { canonicalHandle: request.variables.text === 'no handle' ? null : 'ana.reads' } }));

    renderPage(routes(), '/creator/@Ana.Reads');

    expect(await screen.findByRole('heading', { name: 'page of ana.reads' })).toBeTruthy();
    expect(api.sent.map((s) => s.variables.text)).toEqual(['@Ana.Reads', 'ana.reads']);
  });

  it('says when the text is not a handle', async () => {
    fakeApi(() => ({ data: { canonicalHandle: null } }));

    renderPage(routes(), '/creator/no handle');

    expect(await screen.findByText('"no handle" is not a TikTok handle.')).toBeTruthy();
  });
});
