import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { network, type NetworkEdge, type NetworkNode, type NetworkParty, type NetworkSpelling } from '../../api/network';
import DecisionForm from './DecisionForm';

interface Props {
  node: NetworkNode | null;
  edge: NetworkEdge | null;
  names: Map<string, string>;
  /** Party nodes of the graph other than this one: what a spelling may be merged with. */
  others: NetworkNode[];
  mayDecide: boolean;
  onCentre: (id: string) => void;
  onDecided: () => void;
}

function Party({ node, others, mayDecide, onDecided }: { node: NetworkNode; others: NetworkNode[]; mayDecide: boolean; onDecided: () => void }) {
  const { t } = useTranslation();
  const [party, setParty] = useState<NetworkParty | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [action, setAction] = useState<{ kind: 'merge' | 'split'; spelling: NetworkSpelling } | null>(null);
  const [done, setDone] = useState<string | null>(null);

  useEffect(() => {
    setParty(null);
    setAction(null);
    setError(null);
    network.party(node.id).then(setParty).catch((e: Error) => setError(e.message));
  }, [node.id]);

  if (error) return <p role="alert" className="error">{t('network.error', { message: error })}</p>;
  if (!party) return <p className="hint">{t('network.loading')}</p>;
  const splitChoices = (s: NetworkSpelling) => party.spellings.filter((o) => o.key !== s.key).map((o) => ({ key: o.key, label: `${o.name} (${o.rows})` }));
  const mergeChoices = others.flatMap((o) => (o.spellings ?? []).map((s) => ({ key: s.key, label: `${o.label} — ${s.name} (${s.rows})` })));

  return (
    <>
      <dl className="facts">
        <dt>{t('network.country')}</dt>
        <dd>{party.party.country ?? '—'}</dd>
        <dt>{t('network.rows')}</dt>
        <dd>{party.party.rows ?? 0}</dd>
        <dt>{t('network.flagged')}</dt>
        <dd>{party.party.flagged_rows ?? 0}</dd>
      </dl>
      <div className="table-wrap">
        <table className="grid" data-testid="spellings">
          <caption>{t('network.spellings')}</caption>
          <thead>
            <tr>
              <th scope="col">
                {t('network.spelling')} / {t('network.key')}
              </th>
              <th scope="col">{t('network.rows')}</th>
              {mayDecide && <th scope="col">{t('network.decide')}</th>}
            </tr>
          </thead>
          <tbody>
            {party.spellings.map((s) => (
              <tr key={s.key}>
                <td>
                  {s.name}
                  <br />
                  <code className="key">{s.key}</code>
                </td>
                <td>{s.rows}</td>
                {mayDecide && (
                  <td className="actions">
                    {party.spellings.length > 1 && (
                      <button type="button" className="secondary" onClick={() => setAction({ kind: 'split', spelling: s })}>
                        {t('network.split')}
                      </button>
                    )}
                    <button type="button" className="secondary" onClick={() => setAction({ kind: 'merge', spelling: s })}>
                      {t('network.merge')}
                    </button>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {mayDecide && action && (
        <DecisionForm
          key={`${action.kind}-${action.spelling.key}`}
          kind={action.kind}
          spelling={action.spelling}
          choices={action.kind === 'split' ? splitChoices(action.spelling) : mergeChoices}
          onCancel={() => setAction(null)}
          onDone={(message) => {
            setAction(null);
            setDone(message);
            onDecided();
          }}
        />
      )}
      {done && (
        <p role="status" className="ok">
          {done}
        </p>
      )}
      <h3>{t('network.merges')}</h3>
      {party.merges.length === 0 ? (
        <p className="hint">{t('network.noMerges')}</p>
      ) : (
        <ul className="merges" data-testid="merges">
          {party.merges.map((m, i) => (
            <li key={`${m.name}-${m.other_name}-${i}`}>
              <details>
                <summary>{t('network.mergeOf', { name: m.name, other: m.other_name, score: m.score.toFixed(3), by: m.decided_by })}</summary>
                <table className="grid">
                  <thead>
                    <tr>
                      <th scope="col">{t('network.feature')}</th>
                      <th scope="col">{t('network.value')}</th>
                      <th scope="col">{t('network.weight')}</th>
                      <th scope="col">{t('network.contribution')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {m.features.map((f) => (
                      <tr key={f.name}>
                        <td>{f.name}</td>
                        <td>{f.value}</td>
                        <td>{f.weight}</td>
                        <td>{f.contribution}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
                <p className="hint">{m.model}</p>
              </details>
            </li>
          ))}
        </ul>
      )}
      <h3>{t('network.contacts')}</h3>
      {party.contacts.length === 0 ? (
        <p className="hint">{t('network.noContacts')}</p>
      ) : (
        <ul className="plain" data-testid="contacts">
          {party.contacts.map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ul>
      )}
    </>
  );
}

function Edge({ edge, names }: { edge: NetworkEdge; names: Map<string, string> }) {
  const { t } = useTranslation();
  return (
    <dl className="facts" data-testid="edge-details">
      <dt>{t('network.edge')}</dt>
      <dd>
        {names.get(edge.from) ?? edge.from} — {t(`network.edgeKinds.${edge.kind}`, edge.kind)} → {names.get(edge.to) ?? edge.to}
      </dd>
      <dt>{t('network.evidence')}</dt>
      <dd className="evidence">{edge.evidence}</dd>
      {edge.rows != null && (
        <>
          <dt>{t('network.rows')}</dt>
          <dd>
            {edge.rows} ({t('network.flagged')}: {edge.flagged_rows ?? 0}, {t('network.highRisk')}: {edge.high_risk_rows ?? 0})
          </dd>
          <dt>{t('network.dates')}</dt>
          <dd>
            {edge.first ?? '—'} – {edge.last ?? '—'}
          </dd>
          <dt>{t('network.chapters')}</dt>
          <dd>
            {Object.entries(edge.chapters ?? {})
              .map(([c, n]) => `${c}: ${n}`)
              .join(', ')}
          </dd>
          <dt>{t('network.rowKeys')}</dt>
          <dd>{(edge.row_keys ?? []).slice(0, 10).join(', ')}</dd>
        </>
      )}
      {edge.score != null && (
        <>
          <dt>{t('network.score')}</dt>
          <dd>{edge.score.toFixed(3)}</dd>
        </>
      )}
    </dl>
  );
}

/** What was clicked: a party (spellings, merge evidence, contacts, and for analysts merge and split), a designee, a contact
 * detail, or an edge with its evidence. */
export default function NodeDetails({ node, edge, names, others, mayDecide, onCentre, onDecided }: Props) {
  const { t } = useTranslation();
  return (
    <section className="card details" aria-labelledby="details-title" data-testid="node-details">
      <h2 id="details-title">
        {t('network.details')}
        {node && (
          <>
            : <span data-testid="details-label">{node.label}</span> <span className="hint">({t(`network.kinds.${node.kind}`, node.kind)})</span>
          </>
        )}
      </h2>
      {!node && !edge && <p className="hint">{t('network.pickNode')}</p>}
      {edge && <Edge edge={edge} names={names} />}
      {node && (
        <button type="button" className="secondary" onClick={() => onCentre(node.id)}>
          {t('network.centre')}
        </button>
      )}
      {node?.kind === 'party' && <Party node={node} others={others} mayDecide={mayDecide} onDecided={onDecided} />}
      {node?.kind === 'designee' && (
        <dl className="facts">
          <dt>{t('network.list')}</dt>
          <dd>{node.list}</dd>
          <dt>{t('network.entry')}</dt>
          <dd>{node.entry_id}</dd>
          <dt>{t('network.programs')}</dt>
          <dd>{(node.programs ?? []).join(', ') || '—'}</dd>
        </dl>
      )}
      {node?.kind === 'contact' && (
        <dl className="facts">
          <dt>{t('network.contactKind')}</dt>
          <dd>{node.contact_kind}</dd>
          <dt>{t('network.contacts')}</dt>
          <dd>{node.label}</dd>
        </dl>
      )}
    </section>
  );
}
