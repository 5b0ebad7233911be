import { useCallback, useMemo, useState } from 'react';
import { useApi } from '../../api/api-context';
import { getDropInSites } from '../../api/drop-ins-api';
import { getCurrentFramework } from '../../api/framework-api';
import { useApiQuery } from '../../api/use-api-query';
import { PageHeading } from '../../components/PageHeading';
import { useMe } from '../../session/session-context';
import type { Announce } from './announce';
import { FindDropIns } from './FindDropIns';
import { HostedDropIns } from './HostedDropIns';
import { StatusNotice } from '../../components/StatusNotice';

interface Notice {
  intent: 'success' | 'error';
  text: string;
}

/** Drop-in sessions: anyone finds one and books a place; champions also run their own. */
export function DropInsPage() {
  const api = useApi();
  const me = useMe();
  const isChampion = me.roles.some((badge) => badge.role === 'champion');
  const [notice, setNotice] = useState<Notice | null>(null);
  const [refreshKey, setRefreshKey] = useState(0);
  const framework = useApiQuery((signal) => getCurrentFramework(api, signal), 'framework');
  const sites = useApiQuery((signal) => getDropInSites(api, signal), 'sites');
  const skills = useMemo(() => framework.data?.categories.map((category) => ({ key: category.key, title: category.title })) ?? [], [framework.data]);
  const siteList = sites.data?.sites ?? [];
  const announce = useCallback<Announce>((intent, text) => setNotice({ intent, text }), []);
  const changed = useCallback(() => setRefreshKey((key) => key + 1), []);

  return (
    <>
      <PageHeading
        title="Drop-in sessions"
        lead="Short sessions run by Digital Champions, in a council building or online in Teams. Book a place, bring your questions, and go at your own pace."
      />
      <StatusNotice message={notice?.text} intent={notice?.intent} layout="multiline" />
      <FindDropIns skills={skills} sites={siteList} refreshKey={refreshKey} announce={announce} onChanged={changed} />
      {isChampion ? <HostedDropIns skills={skills} sites={siteList} refreshKey={refreshKey} announce={announce} onChanged={changed} /> : null}
    </>
  );
}
