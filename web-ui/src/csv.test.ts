import { describe, expect, it } from 'vitest';
import { toCsv } from './csv';

interface Row {
  caption: string | null;
  views: number | null;
  exact: boolean;
}
const columns = [
  { header: 'caption', value: (r: Row) => r.caption },
  { header: 'views', value: (r: Row) => r.views },
  { header: 'views exact', value: (r: Row) => r.exact },
];

describe('CSV of a table', () => {
  it('writes a header and a line per row, numbers whole and unknown counts empty, never 0', () => {
    expect(
      toCsv(
        [
          { caption: 'haul', views: 1298765, exact: true },
          { caption: null, views: null, exact: false },
        ],
        columns,
      ),
    ).toBe('caption,views,views exact\r\nhaul,1298765,true\r\n,,false\r\n');
  });

  it('quotes commas, quotes and line breaks', () => {
    expect(toCsv([{ caption: 'books, tea & "chaos"\nmore', views: 1, exact: true }], columns)).toBe(
      'caption,views,views exact\r\n"books, tea & ""chaos""\nmore",1,true\r\n',
    );
  });

  it('keeps a caption that looks like a formula from running in a spreadsheet', () => {
    expect(
      toCsv(
        [
          { caption: '=HYPERLINK("http://evil")', views: 1, exact: true },
          { caption: '-5 tips', views: 2, exact: true },
        ],
        columns,
      ),
    ).toBe('caption,views,views exact\r\n"\'=HYPERLINK(""http://evil"")",1,true\r\n\'-5 tips,2,true\r\n');
  });
});
