import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { atLeast, type Role } from '../api/client';
import { queueApi, type CaseFile, type CheckEntry, type Evidence, type KbDefinition } from '../api/queue';
import Highlighted, { spansIn } from '../components/queue/Highlighted';
import DisposeForm from '../components/queue/DisposeForm';
import '../components/queue/queue.css';
import { partyHits, routeOf, scorePieces } from '../components/queue/rowFacts';
import { navigate } from '../router';
import FindingsHead from '../components/FindingsHead';

/** Where the queue's last filters are kept for the way back from a case. */
export const queueSearchKey = 'cordon.queue.search';

// The party's own fields on the declaration that its match rests on, by the column the party was read from.
const supportingFields: Record<string, string[]> = {
  shipper: ['origin', 'port_of_loading'],
  consignee: ['destination', 'port_of_discharge'],
};

function lang(jurisdiction: string): string | undefined {
  return jurisdiction === 'CN' ? 'zh-Hans' : undefined;
}

function Entries({ entries }: { entries: CheckEntry[] }) {
  const { t } = useTranslation();
  return (
    <table className="grid">
      <FindingsHead />
      <tbody>
        {entries.map((e, i) => (
          <tr key={i} data-jurisdiction={e.jurisdiction}>
            <td>{e.jurisdiction}</td>
            <td lang={lang(e.jurisdiction)}>{e.list}</td>
            <td lang={lang(e.jurisdiction)}>{e.substance}</td>
            <td>
              {t(`basis.${e.basis}`, e.basis)}
              {e.match ? ` (${e.match})` : ''}
            </td>
            <td className="clause" lang={lang(e.jurisdiction)}>
              {e.clause}
            </td>
            <td className="citation" lang={lang(e.jurisdiction)}>
              {e.citation}
            </td>
            <td>{e.effective ?? '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Definition({ definition, clause }: { definition: KbDefinition; clause: string }) {
  const { t } = useTranslation();
  return (
    <article className="definition" data-testid="definition" lang={lang(definition.jurisdiction)}>
      <h3>
        {definition.name} <span className="hint">({definition.jurisdiction}, {definition.list_name})</span>
      </h3>
      <blockquote className="legal">{definition.legal_text}</blockquote>
      <ol className="clauses">
        {definition.clauses.map((c) => {
          const applied = clause.includes(c.clause) || clause.includes(c.text);
          return (
            <li key={c.clause} className={applied ? 'applied' : undefined} data-applied={applied}>
              <strong>{c.clause}</strong> <span className="hint">({t(`kb.clauseKinds.${c.kind}`, c.kind)})</span>: {c.text}
              {applied && <span className="badge"> {t('case.clauseApplied')}</span>}
              {c.review && <p className="hint">{c.review}</p>}
            </li>
          );
        })}
      </ol>
    </article>
  );
}

function PartyMatch({ hit, fields }: { hit: Evidence; fields: [string, string | null][] }) {
  const { t } = useTranslation();
  const pieces = scorePieces(hit.explanation);
  return (
    <li className="party-hit" data-testid="party-hit">
      <p>
        <strong>{hit.column}</strong>: <mark>{hit.text}</mark> — {hit.feature} ({hit.weight.toFixed(2)})
      </p>
      <p className="explanation">{hit.explanation}</p>
      {pieces.length > 0 && (
        <table className="grid compact">
          <caption>{t('case.scorePieces')}</caption>
          <tbody>
            {pieces.map((p) => (
              <tr key={p.name}>
                <th scope="row">{p.name}</th>
                <td>{p.value.toFixed(2)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {fields.length > 0 && (
        <dl className="facts">
          {fields.map(([name, value]) => (
            <div key={name} className="fact">
              <dt>{t(`case.field.${name}`, name)}</dt>
              <dd>{value ?? '—'}</dd>
            </div>
          ))}
        </dl>
      )}
    </li>
  );
}

/** A row's case: the declaration with every piece of evidence marked where it was found, the structures drawn with their
 * matched atoms, the legal text of the class definitions that applied, clause by clause, the party matches with their score
 * pieces, the history of dispositions, and (for analysts) a disposition with a reason. */
export default function CaseView({ id, role }: { id: number; role: Role }) {
  const { t } = useTranslation();
  const [file, setFile] = useState<CaseFile | null>(null);
  const [definitions, setDefinitions] = useState<Record<string, KbDefinition>>({});
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(() => {
    queueApi
      .row(id)
      .then((answer) => {
        setFile(answer);
        setError(null);
        const generic = new Set(
          answer.row.result.findings.flatMap((e) => e.check?.entries ?? []).filter((e) => e.basis === 'generic').map((e) => e.substance_id),
        );
        for (const definitionId of generic) {
          queueApi
            .definition(definitionId)
            .then((d) => setDefinitions((all) => ({ ...all, [definitionId]: d })))
            .catch(() => undefined);
        }
      })
      .catch((e: Error) => setError(e.message));
  }, [id]);

  useEffect(load, [load]);

  if (error) {
    return (
      <p role="alert" className="error">
        {error}
      </p>
    );
  }
  if (!file) return <p>{t('queue.loading')}</p>;

  const { row, depictions, history } = file;
  const result = row.result;
  const chemical = result.findings.filter((e) => e.rule !== 'party-match');
  const hits = partyHits(result.findings);
  const generic = result.findings.flatMap((e) => e.check?.entries ?? []).filter((e) => e.basis === 'generic');
  const columnsWithEvidence = Object.entries(result.columns ?? {});

  return (
    <section className="case" aria-labelledby="case-title" data-row-id={row.id} data-version={row.version}>
      <p>
        <a
          href="/queue"
          onClick={(e) => {
            e.preventDefault();
            navigate(`/queue${sessionStorage.getItem(queueSearchKey) ?? ''}`);
          }}
        >
          {t('case.back')}
        </a>
      </p>
      <h1 id="case-title">
        {t('case.title', { line: row.line, id: result.id ?? row.id })}{' '}
        <span className={`status status-${row.status}`} data-testid="status">
          {t(`status.${row.status}`, row.status)}
        </span>{' '}
        <span className={`risk risk-${row.risk}`}>
          {t(`queue.riskLevel.${row.risk}`, row.risk)} {row.score.toFixed(2)}
        </span>
      </h1>
      <div className="card">
        <dl className="facts">
          <dt>{t('case.disposition')}</dt>
          <dd data-testid="disposition">{row.disposition ? t(`dispose.as.${row.disposition}`, row.disposition) : t('dispose.none')}</dd>
          <dt>{t('queue.assignee')}</dt>
          <dd>{row.assignee ?? '—'}</dd>
          <dt>{t('queue.route')}</dt>
          <dd>{routeOf(row) || '—'}</dd>
          <dt>{t('case.job')}</dt>
          <dd>
            <a
              href={`/screen/${row.job}`}
              onClick={(e) => {
                e.preventDefault();
                navigate(`/screen/${row.job}`);
              }}
            >
              {row.job.slice(0, 12)}
            </a>{' '}
            {row.screened_at?.slice(0, 10)}
          </dd>
          <dt>{t('case.kbVersion')}</dt>
          <dd>{result.kb_version}</dd>
          {row.raised && (
            <>
              <dt>{t('case.raised')}</dt>
              <dd>
                {row.raised.reason} ({row.raised.at.slice(0, 10)})
              </dd>
            </>
          )}
        </dl>
      </div>

      <section className="card" aria-labelledby="declaration-title">
        <h2 id="declaration-title">{t('case.declaration')}</h2>
        <table className="grid declaration">
          <tbody>
            {columnsWithEvidence.map(([column, value]) => (
              <tr key={column} data-column={column}>
                <th scope="row">{column}</th>
                <td lang={/[\u3400-\u9fff]/.test(value) ? 'zh-Hans' : undefined}>
                  <Highlighted text={value} spans={spansIn(value, column, result.findings)} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section className="card" aria-labelledby="evidence-title">
        <h2 id="evidence-title">{t('case.evidence', { count: chemical.length })}</h2>
        {chemical.length === 0 && <p>{t('case.noEvidence')}</p>}
        <ol className="evidence">
          {chemical.map((e, i) => (
            <li key={i} data-testid="evidence" data-feature={e.feature}>
              <p>
                <strong>{e.column}</strong>
                {e.start != null && e.end != null ? ` [${e.start}–${e.end}]` : ''}: <mark>{e.text}</mark> — {e.feature} ({e.weight.toFixed(2)}),{' '}
                {t('case.rule')} {e.rule}
              </p>
              <p className="explanation">{e.explanation}</p>
              {e.check && (
                <div className="check">
                  <p>
                    <span className={`status status-${e.check.status}`}>{t(`status.${e.check.status}`, e.check.status)}</span> {e.check.message}
                    {e.check.smiles && (
                      <>
                        {' '}
                        <code>{e.check.smiles}</code>
                      </>
                    )}
                  </p>
                  {e.check.entries.length > 0 && (
                    <details className="entries" open={e.check.entries.length <= 2}>
                      <summary>{t('case.entries', { count: e.check.entries.length })}</summary>
                      <div className="table-wrap">
                        <Entries entries={e.check.entries} />
                      </div>
                    </details>
                  )}
                </div>
              )}
            </li>
          ))}
        </ol>
        {result.score_pieces.length > 0 && (
          <table className="grid compact">
            <caption>{t('case.riskPieces')}</caption>
            <tbody>
              {result.score_pieces.map((p) => (
                <tr key={p.feature}>
                  <th scope="row">{p.feature}</th>
                  <td>{p.weight.toFixed(2)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      {depictions.length > 0 && (
        <section className="card" aria-labelledby="depictions-title">
          <h2 id="depictions-title">{t('case.depictions')}</h2>
          <div className="depictions">
            {depictions.map((d, i) => (
              <figure key={i} data-testid="depiction">
                {d.svg ? (
                  <img src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(d.svg)}`} alt={t('case.depictionAlt', { text: d.text, smiles: d.smiles })} />
                ) : (
                  <p>{t('case.tooLarge')}</p>
                )}
                <figcaption>
                  {d.substances.join(', ')} — <code>{d.smiles}</code> ({t('case.matchedAtoms', { count: d.matched_atoms.length })})
                </figcaption>
              </figure>
            ))}
          </div>
        </section>
      )}

      {generic.length > 0 && (
        <section className="card" aria-labelledby="definitions-title">
          <h2 id="definitions-title">{t('case.definitions')}</h2>
          {generic.map((g, i) =>
            definitions[g.substance_id] ? (
              <Definition key={i} definition={definitions[g.substance_id]} clause={g.clause} />
            ) : (
              <p key={i}>
                {g.substance}: {g.clause}
              </p>
            ),
          )}
        </section>
      )}

      <section className="card" aria-labelledby="parties-title">
        <h2 id="parties-title">{t('case.parties', { count: hits.length })}</h2>
        {hits.length === 0 ? (
          <p>{t('case.noParties')}</p>
        ) : (
          <ul className="party-hits">
            {hits.map((h, i) => {
              const role = Object.keys(supportingFields).find((k) => h.column.toLowerCase().includes(k));
              const fields = (role ? supportingFields[role] : []).map((f) => [f, row[f as keyof typeof row] as string | null] as [string, string | null]);
              return <PartyMatch key={i} hit={h} fields={fields} />;
            })}
          </ul>
        )}
        <p>
          <a
            href={`/network?row=${row.id}`}
            data-testid="case-network"
            onClick={(e) => {
              e.preventDefault();
              navigate(`/network?row=${row.id}`);
            }}
          >
            {t('network.caseLink')}
          </a>
        </p>
      </section>

      <section className="card" aria-labelledby="history-title">
        <h2 id="history-title">{t('case.history')}</h2>
        {history.length === 0 ? (
          <p>{t('case.noHistory')}</p>
        ) : (
          <table className="grid" data-testid="history">
            <thead>
              <tr>
                <th scope="col">{t('case.at')}</th>
                <th scope="col">{t('case.actor')}</th>
                <th scope="col">{t('case.disposition')}</th>
                <th scope="col">{t('case.note')}</th>
              </tr>
            </thead>
            <tbody>
              {history.map((h, i) => (
                <tr key={i}>
                  <td>{h.at.replace('T', ' ').slice(0, 19)}</td>
                  <td>{h.actor}</td>
                  <td>{t(`dispose.as.${h.disposition}`, h.disposition)}</td>
                  <td>{h.note ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      {atLeast(role, 'analyst') ? (
        <section className="card">
          <DisposeForm key={row.id} row={row} onDone={load} onConflict={load} lastChange={history[history.length - 1]} />
        </section>
      ) : (
        <p className="hint" data-testid="no-dispose">
          {t('case.viewerOnly')}
        </p>
      )}
    </section>
  );
}
