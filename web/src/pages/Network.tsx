import { lazy, Suspense, useCallback, useEffect, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { atLeast, type Role } from '../api/client';
import { network, type NetworkGraph, type NetworkNode, type NetworkPath, type RowNetwork, type SharedSupplier, type TradeFilter } from '../api/network';
import type { GraphLayout } from '../components/network/NetworkGraphView';
import NodeDetails from '../components/network/NodeDetails';
import SharedSuppliersTable from '../components/network/SharedSuppliersTable';
import DesigneePaths from '../components/network/DesigneePaths';
import ExportButtons from '../components/network/ExportButtons';

// Cytoscape is fetched only when a graph is first drawn, so the other pages load without it.
const NetworkGraphView = lazy(() => import('../components/network/NetworkGraphView'));

const maxHops = 4;

/** Where the page is: a party (?party=ID) or a case (?row=ID), read from the address so the case view can link here. */
function fromAddress(): { party: string | null; row: string | null } {
  const q = new URLSearchParams(window.location.search);
  return { party: q.get('party'), row: q.get('row') };
}

/** The supplier network: find a party, see its neighbourhood as a graph with filters, what each node and edge rests on, the
 * buyers sharing its suppliers and its paths to designees; analysts merge and split spellings. */
export default function Network({ role }: { role: Role }) {
  const { t } = useTranslation();
  const [address, setAddress] = useState(fromAddress);
  const [q, setQ] = useState('');
  const [found, setFound] = useState<NetworkNode[] | null>(null);
  const [draft, setDraft] = useState<TradeFilter & { depth: number }>({ depth: 2 });
  const [applied, setApplied] = useState<TradeFilter & { depth: number }>({ depth: 2 });
  const [layout, setLayout] = useState<GraphLayout>('cose');
  const [graph, setGraph] = useState<NetworkGraph | null>(null);
  const [shared, setShared] = useState<SharedSupplier[] | null>(null);
  const [paths, setPaths] = useState<NetworkPath[] | null>(null);
  const [caseInfo, setCaseInfo] = useState<RowNetwork | null>(null);
  const [selected, setSelected] = useState<{ id: string; what: 'node' | 'edge' } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [built, setBuilt] = useState(0);
  const mayDecide = atLeast(role, 'analyst');

  useEffect(() => {
    const update = () => setAddress(fromAddress());
    window.addEventListener('popstate', update);
    return () => window.removeEventListener('popstate', update);
  }, []);

  // Recentring keeps the case (if any) beside the graph, and the address, so Back returns to the previous centre.
  const centre = useCallback((id: string) => {
    const row = fromAddress().row;
    window.history.pushState(null, '', `/network?${row ? `row=${encodeURIComponent(row)}&` : ''}party=${encodeURIComponent(id)}`);
    setAddress({ party: id, row });
    setSelected(null);
  }, []);

  // A case: its consignee is the centre, with the case's shared suppliers and paths alongside.
  useEffect(() => {
    setCaseInfo(null);
    if (!address.row) return;
    network
      .row(address.row)
      .then((info) => {
        setCaseInfo(info);
        const centreOn = info.consignee ?? info.shipper;
        if (centreOn) setAddress((a) => ({ ...a, party: a.party ?? centreOn.id }));
      })
      .catch((e: Error) => setError(e.message));
  }, [address.row]);

  const party = address.party;
  const filter: TradeFilter = useMemo(() => ({ from: applied.from, to: applied.to, chapter: applied.chapter, flaggedOnly: applied.flaggedOnly }), [applied]);

  useEffect(() => {
    if (!party) {
      setGraph(null);
      setShared(null);
      setPaths(null);
      return;
    }
    let live = true;
    setBusy(true);
    setError(null);
    Promise.all([network.neighbourhood(party, applied.depth, filter), network.sharedSuppliers(party, filter), network.paths(party, maxHops, filter)])
      .then(([g, s, p]) => {
        if (!live) return;
        setGraph(g);
        setShared(s);
        setPaths(p);
      })
      .catch((e: Error) => live && setError(e.message))
      .finally(() => live && setBusy(false));
    return () => {
      live = false;
    };
  }, [party, applied.depth, filter, built]);

  const search = async (event: FormEvent) => {
    event.preventDefault();
    if (!q.trim()) return;
    setError(null);
    try {
      const parties = await network.parties(q.trim());
      setFound(parties);
      if (parties.length === 1) centre(parties[0].id);
    } catch (e) {
      setError((e as Error).message);
    }
  };

  const applyFilters = (event: FormEvent) => {
    event.preventDefault();
    setApplied({ ...draft, chapter: draft.chapter?.trim() || undefined });
  };

  const nodes = useMemo(() => new Map((graph?.nodes ?? []).map((n) => [n.id, n])), [graph]);
  const names = useMemo(() => new Map((graph?.nodes ?? []).map((n) => [n.id, n.label])), [graph]);
  const edgeLabel = useCallback((kind: string) => t(`network.edgeKinds.${kind}`, kind), [t]);
  const centreNode = graph?.center ? nodes.get(graph.center) : undefined;
  const selectedNode = selected?.what === 'node' ? (nodes.get(selected.id) ?? null) : selected ? null : (centreNode ?? null);
  const selectedEdge = selected?.what === 'edge' ? (graph?.edges.find((e) => `e${e.index}` === selected.id) ?? null) : null;
  const others = (graph?.nodes ?? []).filter((n) => n.kind === 'party' && n.id !== selectedNode?.id);

  return (
    <section className="network">
      <h1>{t('network.title')}</h1>
      <form className="card network-search" onSubmit={(e) => void search(e)} role="search">
        <div className="field">
          <label htmlFor="network-q">{t('network.search')}</label>
          <input id="network-q" value={q} onChange={(e) => setQ(e.target.value)} placeholder={t('network.searchHint')} autoComplete="off" />
        </div>
        <button type="submit">{t('network.find')}</button>
        {found && found.length === 0 && <p className="hint">{t('network.noParties')}</p>}
        {found && found.length > 1 && (
          <ul className="plain found" aria-label={t('network.results')} data-testid="party-results">
            {found.map((p) => (
              <li key={p.id}>
                <button type="button" className="link" onClick={() => centre(p.id)}>
                  {p.label}
                </button>{' '}
                <span className="hint">
                  {p.country ?? ''} · {t('network.rowsShort', { rows: p.rows ?? 0, flagged: p.flagged_rows ?? 0 })}
                </span>
              </li>
            ))}
          </ul>
        )}
      </form>

      {error && (
        <p role="alert" className="error">
          {t('network.error', { message: error })}
        </p>
      )}

      {caseInfo && address.row && (
        <section className="card case-network" aria-labelledby="case-title" data-testid="case-network">
          <h2 id="case-title">{t('network.fromCase', { id: address.row })}</h2>
          <dl className="facts">
            <dt>{t('network.shipper')}</dt>
            <dd>
              {caseInfo.shipper ? (
                <button type="button" className="link" onClick={() => centre(caseInfo.shipper!.id)}>
                  {caseInfo.shipper.label}
                </button>
              ) : (
                t('network.notInNetwork')
              )}
            </dd>
            <dt>{t('network.consignee')}</dt>
            <dd>
              {caseInfo.consignee ? (
                <button type="button" className="link" onClick={() => centre(caseInfo.consignee!.id)}>
                  {caseInfo.consignee.label}
                </button>
              ) : (
                t('network.notInNetwork')
              )}
            </dd>
          </dl>
          <h3>{t('network.shipperPaths')}</h3>
          <DesigneePaths paths={caseInfo.shipper_paths} maxHops={maxHops} onCentre={centre} testId="shipper-paths" />
          {/* Centred on the consignee, the sections below give its shared suppliers and paths with the filters applied. */}
          {party !== caseInfo.consignee?.id && (
            <>
              <h3>{t('network.shared')}</h3>
              <SharedSuppliersTable shared={caseInfo.shared_suppliers} onCentre={centre} />
              <h3>{t('network.consigneePaths')}</h3>
              <DesigneePaths paths={caseInfo.consignee_paths} maxHops={maxHops} onCentre={centre} testId="consignee-paths" />
            </>
          )}
        </section>
      )}

      {party && (
        <>
          <form className="card network-filters" onSubmit={applyFilters} aria-labelledby="filters-title">
            <h2 id="filters-title">{t('network.filters')}</h2>
            <div className="row">
              <div className="field">
                <label htmlFor="net-from">{t('network.from')}</label>
                <input id="net-from" type="date" value={draft.from ?? ''} onChange={(e) => setDraft({ ...draft, from: e.target.value || undefined })} />
              </div>
              <div className="field">
                <label htmlFor="net-to">{t('network.to')}</label>
                <input id="net-to" type="date" value={draft.to ?? ''} onChange={(e) => setDraft({ ...draft, to: e.target.value || undefined })} />
              </div>
              <div className="field">
                <label htmlFor="net-chapter">{t('network.chapter')}</label>
                <input id="net-chapter" inputMode="numeric" maxLength={2} size={4} placeholder={t('network.chapterHint')} value={draft.chapter ?? ''}
                  onChange={(e) => setDraft({ ...draft, chapter: e.target.value || undefined })} />
              </div>
              <div className="field">
                <label htmlFor="net-depth">{t('network.depth')}</label>
                <select id="net-depth" value={draft.depth} onChange={(e) => setDraft({ ...draft, depth: Number(e.target.value) })}>
                  {[1, 2, 3, 4].map((d) => (
                    <option key={d} value={d}>
                      {d}
                    </option>
                  ))}
                </select>
              </div>
              <div className="field">
                <label htmlFor="net-layout">{t('network.layout')}</label>
                <select id="net-layout" value={layout} onChange={(e) => setLayout(e.target.value as GraphLayout)}>
                  <option value="cose">{t('network.layoutCose')}</option>
                  <option value="breadthfirst">{t('network.layoutBreadthfirst')}</option>
                </select>
              </div>
              <label className="check">
                <input type="checkbox" checked={draft.flaggedOnly ?? false} onChange={(e) => setDraft({ ...draft, flaggedOnly: e.target.checked })} /> {t('network.flaggedOnly')}
              </label>
            </div>
            <button type="submit" disabled={busy}>
              {busy ? t('network.loading') : t('network.apply')}
            </button>
          </form>

          {graph && (
            <div className="network-main">
              <section className="card network-graph" aria-labelledby="graph-title">
                <h2 id="graph-title">
                  {t('network.graph')}: {centreNode?.label}
                </h2>
                <p className="hint" data-testid="graph-counts" data-nodes={graph.nodes.length} data-edges={graph.edges.length}>
                  {t('network.counts', { nodes: graph.nodes.length, edges: graph.edges.length })}
                </p>
                {graph.truncated && <p className="hint">{t('network.truncated')}</p>}
                <Suspense fallback={<p className="hint">{t('network.loading')}</p>}>
                  <NetworkGraphView
                    graph={graph}
                    layout={layout}
                    edgeLabel={edgeLabel}
                    selected={selected?.id ?? graph.center}
                    label={t('network.graphLabel', { nodes: graph.nodes.length, edges: graph.edges.length, center: centreNode?.label ?? '' })}
                    onSelect={(id, what) => setSelected({ id, what })}
                  />
                </Suspense>
                <ul className="legend" aria-label={t('network.legend')}>
                  <li><span className="swatch party" aria-hidden="true" /> {t('network.legendParty')}</li>
                  <li><span className="swatch flagged" aria-hidden="true" /> {t('network.legendFlagged')}</li>
                  <li><span className="swatch designee" aria-hidden="true" /> {t('network.legendDesignee')}</li>
                  <li><span className="swatch contact" aria-hidden="true" /> {t('network.legendContact')}</li>
                </ul>
                <details className="node-list">
                  <summary>{t('network.nodeList')}</summary>
                  <ul className="plain" data-testid="node-list">
                    {graph.nodes.map((n) => (
                      <li key={n.id} data-kind={n.kind}>
                        <button type="button" className="link" onClick={() => setSelected({ id: n.id, what: 'node' })}>
                          {n.label}
                        </button>{' '}
                        <span className="hint">{t(`network.kinds.${n.kind}`, n.kind)}</span>
                      </li>
                    ))}
                  </ul>
                </details>
                <ExportButtons party={party} depth={applied.depth} filter={filter} />
              </section>
              <NodeDetails
                node={selectedNode}
                edge={selectedEdge}
                names={names}
                others={others}
                mayDecide={mayDecide}
                onCentre={centre}
                onDecided={() => setBuilt((b) => b + 1)}
              />
            </div>
          )}

          {shared && (
            <section className="card" aria-labelledby="shared-title">
              <h2 id="shared-title">{t('network.shared')}</h2>
              <SharedSuppliersTable shared={shared} onCentre={centre} />
            </section>
          )}
          {paths && (
            <section className="card" aria-labelledby="paths-title">
              <h2 id="paths-title">{t('network.paths')}</h2>
              <DesigneePaths paths={paths} maxHops={maxHops} onCentre={centre} />
            </section>
          )}
        </>
      )}
    </section>
  );
}
