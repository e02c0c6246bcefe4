import { lazy, Suspense, useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type KbSummary } from '../api/client';
import type { CheckBody, CheckResult, Finding } from '../api/check';
import FindingDepictions from '../components/depiction/FindingDepictions';
import FindingsHead from '../components/FindingsHead';

// Ketcher and its WebAssembly engine are large: fetched only when the drawing panel is opened.
const Sketcher = lazy(() => import('./Sketcher'));

// The official link closes the citation text ("…: https://…"); link it rather than print it.
const urlAtEnd = /:\s*(https?:\/\/\S+)\s*$/;

function Citation({ text, label }: { text: string; label: string }) {
  const match = urlAtEnd.exec(text);
  if (!match) return <>{text}</>;
  return (
    <>
      {text.slice(0, match.index)}{' '}
      <a href={match[1]} target="_blank" rel="noreferrer noopener">
        {label}
      </a>
    </>
  );
}

function FindingRow({ finding }: { finding: Finding }) {
  const { t } = useTranslation();
  return (
    <tr data-jurisdiction={finding.jurisdiction}>
      <td>{finding.jurisdiction}</td>
      <td lang={finding.jurisdiction === 'CN' ? 'zh-Hans' : undefined}>{finding.list}</td>
      <td lang={finding.jurisdiction === 'CN' ? 'zh-Hans' : undefined}>{finding.substance}</td>
      <td>
        {t(`basis.${finding.basis}`, finding.basis)}
        {finding.match ? ` (${finding.match})` : ''}
      </td>
      <td className="clause" lang={finding.jurisdiction === 'CN' ? 'zh-Hans' : undefined}>{finding.clause}</td>
      <td className="citation" lang={finding.jurisdiction === 'CN' ? 'zh-Hans' : undefined}>
        <Citation text={finding.citation} label={t('check.official')} />
      </td>
      <td>{finding.effective ?? '—'}</td>
    </tr>
  );
}

function Result({ result }: { result: CheckResult }) {
  const { t } = useTranslation();
  return (
    <article className="result card" data-status={result.status} aria-labelledby="result-title">
      <h2 id="result-title">
        {t('check.results')}: <span className={`status status-${result.status}`} data-testid="status">{t(`status.${result.status}`, result.status)}</span>
      </h2>
      <p className="message">{result.message}</p>
      <dl className="facts">
        {result.input_kind && (
          <>
            <dt>{t('check.input')}</dt>
            <dd>{t(`inputKind.${result.input_kind}`, result.input_kind)}</dd>
          </>
        )}
        {result.structure && (
          <>
            <dt>{t('check.structure')}</dt>
            <dd>
              <code data-testid="smiles">{result.structure.smiles}</code>
            </dd>
            <dt>{t('check.formula')}</dt>
            <dd>{result.structure.formula}</dd>
            {result.structure.removed.length > 0 && (
              <>
                <dt>{t('check.removed')}</dt>
                <dd>{result.structure.removed.join(', ')}</dd>
              </>
            )}
          </>
        )}
      </dl>
      {result.findings.length === 0 ? (
        <p>{t('check.noFindings')}</p>
      ) : (
        <div className="table-wrap">
          <table className="grid findings">
            <caption>{t('check.findings')}</caption>
            <FindingsHead />
            <tbody>
              {result.findings.map((f, i) => (
                <FindingRow key={`${f.substance_id}-${i}`} finding={f} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      <FindingDepictions result={result} />
      <p className="hint">{t('check.kbVersion', { version: result.kb_version })}</p>
    </article>
  );
}

/** Check one name, CAS RN, SMILES or molfile on a day, in chosen jurisdictions. */
export default function Check() {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [molfile, setMolfile] = useState('');
  const [asOf, setAsOf] = useState('');
  const [kb, setKb] = useState<KbSummary | null>(null);
  const [chosen, setChosen] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<CheckResult | null>(null);
  const [drawing, setDrawing] = useState(false);

  useEffect(() => {
    api.kb().then(setKb).catch(() => setKb(null));
  }, []);

  const run = async (body: CheckBody) => {
    setBusy(true);
    setError(null);
    try {
      const [first] = await api.check({
        ...body,
        jurisdictions: chosen.length > 0 ? chosen.join(',') : undefined,
        as_of: asOf || undefined,
      });
      setResult(first ?? null);
    } catch (e) {
      setResult(null);
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (molfile.trim()) void run({ query: molfile, as: 'molfile' });
    else if (query.trim()) void run({ query: query.trim() });
    else setError(t('check.nothing'));
  };

  const toggle = (code: string) => setChosen((c) => (c.includes(code) ? c.filter((x) => x !== code) : [...c, code]));

  return (
    <section className="check">
      <h1>{t('check.title')}</h1>
      <form onSubmit={submit} className="card check-form">
        <div className="field">
          <label htmlFor="query">{t('check.query')}</label>
          <input id="query" name="query" value={query} onChange={(e) => setQuery(e.target.value)} placeholder={t('check.queryHint')} autoComplete="off" />
        </div>
        <div className="field">
          <label htmlFor="molfile">{t('check.molfile')}</label>
          <textarea id="molfile" name="molfile" rows={6} value={molfile} onChange={(e) => setMolfile(e.target.value)} spellCheck={false} />
        </div>
        <details className="draw" onToggle={(e) => setDrawing((e.target as HTMLDetailsElement).open)}>
          <summary>{t('check.draw')}</summary>
          {drawing && (
            <Suspense fallback={<p className="hint">…</p>}>
              <Sketcher
                onMolfile={(m) => {
                  setMolfile(m);
                  void run({ query: m, as: 'molfile' });
                }}
              />
            </Suspense>
          )}
        </details>
        <div className="row">
          <div className="field">
            <label htmlFor="as-of">{t('check.asOf')}</label>
            <input id="as-of" type="date" value={asOf} onChange={(e) => setAsOf(e.target.value)} />
          </div>
          {kb && (
            <fieldset className="jurisdictions">
              <legend>
                {t('check.jurisdictions')} {chosen.length === 0 && <span className="hint">({t('check.allJurisdictions')})</span>}
              </legend>
              {kb.jurisdictions.map((j) => (
                <label key={j.code} title={j.name}>
                  <input type="checkbox" checked={chosen.includes(j.code)} onChange={() => toggle(j.code)} value={j.code} /> {j.code}
                </label>
              ))}
            </fieldset>
          )}
        </div>
        <button type="submit" disabled={busy}>
          {busy ? t('check.checking') : t('check.submit')}
        </button>
      </form>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <div aria-live="polite">{result && <Result result={result} />}</div>
    </section>
  );
}
