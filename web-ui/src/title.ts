import { useEffect } from 'react';

/** Each route names itself in the browser's tab and history: "<what> · Creator Compass". */
export function useTitle(what: string) {
  useEffect(() => {
    document.title = `${what} · Creator Compass`;
  }, [what]);
}
