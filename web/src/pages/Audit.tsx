import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { more, type AuditEntry, type AuditFilter } from '../api/more';
import TableHead from '../components/TableHead';

const keys = ['actor', 'action', 'target', 'from', 'to', 'limit'] as const;

function fromUrl(): AuditFilter {
  const search = new URLSearchParams(window.location.search);
  const filter: AuditFilter = {};
  for (const key of keys) {
    const value = search.get(key);
    if (value) filter[key] = value;
  }
  return filter;
}

// A day picked in the form is the whole day: "to" is the next midnight, as GET /v1/audit's "to" is exclusive.
function forServer(filter: AuditFilter): AuditFilter {
  const copy = { ...filter };
  if (copy.to && /^\d{4}-\d{2}-\d{2}$/.test(copy.to)) {
    const next = new Date(`${copy.to}T00:00:00Z`);
    next.setUTCDate(next.getUTCDate() + 1);
    copy.to = next.toISOString().slice(0, 10);
  }
  return copy;
}

/** The team's audit log (supervisors): filter by actor, action, target and days; export what is shown as CSV or XLSX. */
export default function Audit() {
  const { t } = useTranslation();
  const [form, setForm] = useState<AuditFilter>(fromUrl);
  const [filter, setFilter] = useState<AuditFilter>(fromUrl);
  const [entries, setEntries] = useState<AuditEntry[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [exporting, setExporting] = useState(false);

  useEffect(() => {
    let live = true;
    setError(null);
    more
      .audit(forServer(filter))
      .then((e) => live && setEntries(e))
      .catch((e: Error) => live && setError(e.message));
    return () => {
      live = false;
    };
  }, [filter]);

  // The filter in force, also in the address (to share or reload).
  const use = (chosen: AuditFilter) => {
    const next: AuditFilter = {};
    for (const key of keys) if (chosen[key]?.trim()) next[key] = chosen[key]!.trim();
    setForm(next);
    setFilter(next);
    const search = new URLSearchParams(next as Record<string, string>).toString();
    window.history.replaceState(null, '', `/audit${search ? `?${search}` : ''}`);
  };
  const apply = (event: FormEvent) => {
    event.preventDefault();
    use(form);
  };
  // Actor, action and target match exactly, so a value from the table is the surest filter.
  const by = (key: 'actor' | 'action' | 'target', value: string) => (
    <button type="button" className="link" title={t('audit.filterBy', { value })} onClick={() => use({ ...filter, [key]: value })}>
      {value}
    </button>
  );

  const download = async (format: 'csv' | 'xlsx') => {
    setExporting(true);
    try {
      const blob = await more.auditFile(forServer(filter), format);
      const url = URL.createObjectURL(blob);
      const a = document.createElement('a');
      a.href = url;
      a.download = `audit.${format}`;
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setExporting(false);
    }
  };

  const input = (key: (typeof keys)[number], label: string, type = 'text') => (
    <div className="field">
      <label htmlFor={`audit-${key}`}>{label}</label>
      <input id={`audit-${key}`} type={type} value={form[key] ?? ''} onChange={(e) => setForm({ ...form, [key]: e.target.value })} autoComplete="off" />
    </div>
  );

  return (
    <section className="audit">
      <h1>{t('audit.title')}</h1>
      <form className="card" onSubmit={apply} aria-label={t('audit.filters')}>
        <div className="row">
          {input('actor', t('audit.actor'))}
          {input('action', t('audit.action'))}
          {input('target', t('audit.target'))}
          {input('from', t('audit.from'), 'date')}
          {input('to', t('audit.to'), 'date')}
          {input('limit', t('audit.limit'), 'number')}
        </div>
        <div className="actions">
          <button type="submit">{t('audit.apply')}</button>
          <button type="button" className="secondary" disabled={exporting} onClick={() => void download('csv')}>{t('audit.csv')}</button>
          <button type="button" className="secondary" disabled={exporting} onClick={() => void download('xlsx')}>{t('audit.xlsx')}</button>
        </div>
      </form>
      <p className="hint">{t('audit.exact')}</p>
      {error && <p role="alert" className="error">{error}</p>}
      {entries && (
        <>
          <p className="hint" data-testid="audit-count">{t('audit.count', { count: entries.length })}</p>
          <div className="table-wrap">
            <table className="grid audit-log">
              <TableHead labels={[t('audit.at'), t('audit.actor'), t('audit.action'), t('audit.target'), t('audit.before'), t('audit.after')]} />
              <tbody>
                {entries.map((e) => (
                  <tr key={e.id} data-action={e.action}>
                    <td>{e.at.replace('T', ' ').slice(0, 19)}</td>
                    <td>{by('actor', e.actor)}</td>
                    <td><code>{by('action', e.action)}</code></td>
                    <td>{by('target', e.target)}</td>
                    <td className="state">{e.before ?? '—'}</td>
                    <td className="state">{e.after ?? '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
