import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { atLeast, type Role } from '../api/client';
import type { QueueRow } from '../api/queue';
import Filters, { filterKeys } from '../components/queue/Filters';
import RowTable from '../components/queue/RowTable';
import { navigate, usePath } from '../router';
import CaseView, { queueSearchKey } from './CaseView';

// Only the filters the queue knows are read from the address; the server refuses anything else.
function filtersFromAddress(): URLSearchParams {
  const given = new URLSearchParams(window.location.search);
  const kept = new URLSearchParams();
  for (const key of filterKeys) {
    const value = given.get(key);
    if (value) kept.set(key, value);
  }
  return kept;
}

function QueueList({ role }: { role: Role }) {
  const { t } = useTranslation();
  const [filters, setFilters] = useState(filtersFromAddress);

  // The filters are in the address, so a view can be linked to, reloaded and found again on the way back from a case.
  useEffect(() => {
    const search = filters.toString() ? `?${filters.toString()}` : '';
    window.history.replaceState(null, '', `/queue${search}`);
    sessionStorage.setItem(queueSearchKey, search);
  }, [filters]);

  const open = useCallback((row: QueueRow) => navigate(`/queue/${row.id}`), []);

  return (
    <section aria-labelledby="queue-title">
      <h1 id="queue-title">{t('queue.title')}</h1>
      <Filters value={filters} onChange={setFilters} />
      <RowTable source="/v1/queue" filters={filters} canDispose={atLeast(role, 'analyst')} onOpen={open} label={t('queue.title')} />
    </section>
  );
}

/** The review queue (/queue) and a row's case (/queue/{id}). */
export default function Queue({ role }: { role: Role }) {
  const path = usePath();
  const id = /^\/queue\/(\d+)$/.exec(path)?.[1];
  return id ? <CaseView key={id} id={Number(id)} role={role} /> : <QueueList role={role} />;
}
