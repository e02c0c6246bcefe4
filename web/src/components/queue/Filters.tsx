import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type KbSummary } from '../../api/client';

/** The filters the queue offers, by query-parameter name (the server's names: see RowFilters.cs). */
export const filterKeys = [
  'text',
  'party',
  'risk',
  'status',
  'jurisdiction',
  'hs_chapter',
  'shipper',
  'consignee',
  'country',
  'port',
  'since',
  'until',
  'raised',
  'assigned',
  'sort',
  'order',
] as const;

const textKeys = ['text', 'hs_chapter', 'shipper', 'consignee', 'country', 'port'] as const;

/** A saved view: a name and its filters as a query string. */
interface SavedView {
  name: string;
  query: string;
}

const viewsKey = 'cordon.queue.views';

function readViews(): SavedView[] {
  try {
    const parsed = JSON.parse(localStorage.getItem(viewsKey) ?? '[]') as unknown;
    return Array.isArray(parsed) ? parsed.filter((v): v is SavedView => typeof v?.name === 'string' && typeof v?.query === 'string') : [];
  } catch {
    return [];
  }
}

/** The queue's filter bar and saved views (kept in this browser's local storage). Text fields apply after a short pause in
 * typing; the others at once. */
export default function Filters({ value, onChange }: { value: URLSearchParams; onChange: (next: URLSearchParams) => void }) {
  const { t } = useTranslation();
  const [kb, setKb] = useState<KbSummary | null>(null);
  const [draft, setDraft] = useState<Record<string, string>>(() => Object.fromEntries(textKeys.map((k) => [k, value.get(k) ?? ''])));
  const [views, setViews] = useState<SavedView[]>(readViews);
  const [viewName, setViewName] = useState('');

  useEffect(() => {
    api.kb().then(setKb).catch(() => setKb(null));
  }, []);

  // The text fields follow the URL when it changes from outside (a saved view, a link).
  useEffect(() => {
    setDraft((d) => Object.fromEntries(textKeys.map((k) => [k, (d[k] ?? '').trim() === (value.get(k) ?? '') ? (d[k] ?? '') : (value.get(k) ?? '')])));
  }, [value]);

  const set = (key: string, text: string) => {
    const next = new URLSearchParams(value);
    if (text) next.set(key, text);
    else next.delete(key);
    onChange(next);
  };

  useEffect(() => {
    const timer = window.setTimeout(() => {
      const next = new URLSearchParams(value);
      for (const k of textKeys) {
        const text = draft[k]?.trim() ?? '';
        if (text) next.set(k, text);
        else next.delete(k);
      }
      if (next.toString() !== value.toString()) onChange(next);
    }, 200);
    return () => window.clearTimeout(timer);
  }, [draft, value, onChange]);

  const select = (key: string, options: [string, string][], labelKey: string, anyLabel = t('filters.any')) => (
    <div className="field">
      <label htmlFor={`f-${key}`}>{t(labelKey)}</label>
      <select id={`f-${key}`} value={value.get(key) ?? ''} onChange={(e) => set(key, e.target.value)}>
        <option value="">{anyLabel}</option>
        {options.map(([v, label]) => (
          <option key={v} value={v}>
            {label}
          </option>
        ))}
      </select>
    </div>
  );

  const text = (key: (typeof textKeys)[number], labelKey: string, hint?: string) => (
    <div className="field">
      <label htmlFor={`f-${key}`}>{t(labelKey)}</label>
      <input id={`f-${key}`} type="text" value={draft[key] ?? ''} placeholder={hint} onChange={(e) => setDraft({ ...draft, [key]: e.target.value })} />
    </div>
  );

  const saveView = () => {
    const name = viewName.trim();
    if (!name) return;
    const next = [...views.filter((v) => v.name !== name), { name, query: value.toString() }];
    localStorage.setItem(viewsKey, JSON.stringify(next));
    setViews(next);
    setViewName('');
  };

  const deleteView = (name: string) => {
    const next = views.filter((v) => v.name !== name);
    localStorage.setItem(viewsKey, JSON.stringify(next));
    setViews(next);
  };

  return (
    <section className="card filters" aria-labelledby="filters-title">
      <h2 id="filters-title">{t('filters.title')}</h2>
      <div className="filter-grid">
        {text('text', 'filters.text', t('filters.textHint'))}
        {select('risk', ['high', 'medium', 'low', 'none'].map((r) => [r, t(`queue.riskLevel.${r}`)]), 'filters.risk')}
        {select('status', ['controlled', 'suspect', 'unresolved', 'clear', 'error'].map((s) => [s, t(`status.${s}`)]), 'filters.status')}
        {select('jurisdiction', (kb?.jurisdictions ?? []).map((j) => [j.code, `${j.code} — ${j.name}`]), 'filters.jurisdiction')}
        {text('hs_chapter', 'filters.hsChapter', '29')}
        {text('shipper', 'filters.shipper')}
        {text('consignee', 'filters.consignee')}
        {text('country', 'filters.country', 'CN')}
        {text('port', 'filters.port')}
        <div className="field">
          <label htmlFor="f-since">{t('filters.since')}</label>
          <input id="f-since" type="date" value={value.get('since') ?? ''} onChange={(e) => set('since', e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="f-until">{t('filters.until')}</label>
          <input id="f-until" type="date" value={value.get('until') ?? ''} onChange={(e) => set('until', e.target.value)} />
        </div>
        {select('assigned', [['me', t('filters.assignedMe')], ['none', t('filters.assignedNone')]], 'filters.assigned')}
        {select(
          'sort',
          ['risk', 'line', 'status', 'hs_code', 'shipper', 'consignee', 'assignee'].map((s) => [s, t(`filters.sortBy.${s}`)]),
          'filters.sort',
          t('filters.sortBy.score'),
        )}
        <div className="field checkbox">
          <label>
            <input type="checkbox" checked={value.get('raised') === 'kb'} onChange={(e) => set('raised', e.target.checked ? 'kb' : '')} />{' '}
            {t('filters.newSinceKb')}
          </label>
        </div>
      </div>
      <div className="views">
        <span className="views-label">{t('filters.views')}:</span>
        {views.length === 0 && <span className="hint">{t('filters.noViews')}</span>}
        {views.map((v) => (
          <span key={v.name} className="view">
            <button type="button" className="secondary" onClick={() => onChange(new URLSearchParams(v.query))}>
              {v.name}
            </button>
            <button type="button" className="link" aria-label={t('filters.deleteView', { name: v.name })} onClick={() => deleteView(v.name)}>
              ×
            </button>
          </span>
        ))}
        <label htmlFor="view-name" className="visually-hidden">
          {t('filters.viewName')}
        </label>
        <input id="view-name" type="text" value={viewName} placeholder={t('filters.viewName')} onChange={(e) => setViewName(e.target.value)} />
        <button type="button" className="secondary" onClick={saveView}>
          {t('filters.saveView')}
        </button>
        <button type="button" className="secondary" onClick={() => onChange(new URLSearchParams())}>
          {t('filters.clear')}
        </button>
      </div>
    </section>
  );
}
