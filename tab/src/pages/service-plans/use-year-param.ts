import { useCallback } from 'react';
import { useRouter } from '../../router/history-router';

/**
 * The appraisal year a page shows, kept in the address (`?yearId=`) so that a link or a
 * reload shows the same year. Absent means "this year", which the server decides.
 */
export function useYearParam(): [string | undefined, (yearId: string | undefined) => void] {
  const { location, navigate } = useRouter();
  const params = new URLSearchParams(location.search);
  const yearId = params.get('yearId') || undefined;
  const setYearId = useCallback(
    (next: string | undefined) => {
      const query = new URLSearchParams(location.search);
      if (next) query.set('yearId', next);
      else query.delete('yearId');
      const search = query.toString();
      navigate(`${location.path}${search ? `?${search}` : ''}`, { replace: true });
    },
    [location.path, location.search, navigate],
  );
  return [yearId, setYearId];
}
