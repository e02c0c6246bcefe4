import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { more, type KbChange, type KbDiff, type KbVersion } from '../../api/more';
import TableHead from '../TableHead';

const kinds = ['added', 'removed', 'changed'] as const;

/** A citation as the diff gives it ("section; instrument: url"), its official text linked. */
function CitationText({ citation, label }: { citation: string; label: string }) {
  const linked = /^(.*): (https?:\/\/\S+)$/.exec(citation);
  if (!linked) return <>{citation}</>;
  return (
    <>
      {linked[1]}{' '}
      <a href={linked[2]} target="_blank" rel="noreferrer noopener">{label}</a>
    </>
  );
}

/** "What changed" between two knowledge-base versions the server has loaded (default: the one before the current, and the
 * current): lists, entries and definitions added, removed and changed, each with its citation. */
export default function WhatChanged() {
  const { t } = useTranslation();
  const [versions, setVersions] = useState<KbVersion[] | null>(null);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [diff, setDiff] = useState<KbDiff | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    more
      .versions()
      .then((list) => {
        setVersions(list.versions);
        const current = Math.max(0, list.versions.findIndex((v) => v.current));
        setTo(list.versions[current]?.version ?? list.current);
        setFrom(list.versions[current + 1]?.version ?? list.versions[current]?.version ?? list.current);
      })
      .catch((e: Error) => setError(e.message));
  }, []);

  // With one version there is nothing to compare: the section says so and asks nothing more.
  const comparable = (versions?.length ?? 0) >= 2;

  useEffect(() => {
    if (!comparable || !from || !to) return;
    let live = true;
    setDiff(null);
    setError(null);
    more
      .diff(from, to)
      .then((d) => live && setDiff(d))
      .catch((e: Error) => live && setError(e.message));
    return () => {
      live = false;
    };
  }, [comparable, from, to]);

  const picker = (id: string, label: string, value: string, set: (v: string) => void) => (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => set(e.target.value)}>
        {versions?.map((v) => (
          <option key={v.version} value={v.version}>
            {t('kb.changes.option', { version: v.version, at: v.loaded_at.slice(0, 16).replace('T', ' '), entries: v.entries })}
            {v.current ? ` (${t('kb.changes.current')})` : ''}
          </option>
        ))}
      </select>
    </div>
  );

  const group = (kind: (typeof kinds)[number], changes: KbChange[]) => (
    <section key={kind} aria-labelledby={`kb-changes-${kind}`} data-change={kind}>
      <h3 id={`kb-changes-${kind}`}>{t(`kb.changes.${kind}`, { count: changes.length })}</h3>
      {changes.length === 0 ? (
        <p className="hint">{t('kb.changes.none')}</p>
      ) : (
        <div className="table-wrap">
          <table className="grid changes">
            <TableHead labels={[t('kb.changes.what'), t('kb.id'), t('kb.name'), t('kb.changes.fields'), t('kb.citation')]} />
            <tbody>
              {changes.map((c) => (
                <tr key={`${c.what}:${c.id}`} data-id={c.id}>
                  <td>{t(`kb.changes.kind.${c.what}`, { defaultValue: c.what })}</td>
                  <td><code>{c.id}</code></td>
                  <td lang={c.jurisdiction === 'CN' ? 'zh-Hans' : undefined}>{c.jurisdiction} · {c.name}</td>
                  <td>
                    {c.fields.length === 0 ? '—' : (
                      <ul className="plain">
                        {c.fields.map((f) => <li key={f}>{f}</li>)}
                      </ul>
                    )}
                  </td>
                  <td lang={c.jurisdiction === 'CN' ? 'zh-Hans' : undefined}><CitationText citation={c.citation} label={t('kb.changes.officialText')} /></td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );

  return (
    <section className="card kb-changes" aria-labelledby="kb-changes">
      <h2 id="kb-changes">{t('kb.changes.title')}</h2>
      {error && <p role="alert" className="error">{error}</p>}
      {versions && !comparable && <p className="hint">{t('kb.changes.oneVersion')}</p>}
      {comparable && (
        <div className="row">
          {picker('kb-changes-from', t('kb.changes.from'), from, setFrom)}
          {picker('kb-changes-to', t('kb.changes.to'), to, setTo)}
        </div>
      )}
      {comparable && !diff && !error && <p className="hint" role="status">{t('kb.changes.loading')}</p>}
      {diff && (
        <>
          <p className="hint" data-testid="kb-changes-summary">
            {t('kb.changes.summary', { added: diff.added, removed: diff.removed, changed: diff.changed })}
          </p>
          {kinds.map((kind) => group(kind, diff.changes.filter((c) => c.change === kind)))}
        </>
      )}
    </section>
  );
}
