import { useApi } from '../../api/api-context';
import { getMyAudit } from '../../api/skills-audit-api';
import { useApiQuery } from '../../api/use-api-query';

/** The signed-in person's audit, fresh each time a page of the audit opens (the bot may have moved it on). */
export function useMyAudit() {
  const api = useApi();
  return useApiQuery((signal) => getMyAudit(api, signal), 'my-audit');
}
