import { type CsvColumn, downloadCsv, toCsv } from '../csv';

/** A button that downloads {@code rows} as CSV, the numbers the table beside it shows. */
export function DownloadCsv<T>({
  filename,
  rows,
  columns,
  label,
}: {
  filename: string;
  rows: T[];
  columns: CsvColumn<T>[];
  label: string;
}) {
  return (
    <button type="button" className="download" onClick={() => downloadCsv(filename, toCsv(rows, columns))}>
      Download {label} as CSV
    </button>
  );
}
