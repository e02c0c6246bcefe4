// The supplier network (GET /v1/network/…, GET /v1/rows/{id}/network, POST /v1/network/decisions): the wire types of
// src/Cordon.Contracts/Network, in the server's snake_case JSON. Keep them in step with those records.
import { call, send } from './client';

/** One spelling of a resolved party: its key (what a merge or split names), as most rows write it, and in how many rows. */
export interface NetworkSpelling {
  key: string;
  name: string;
  rows: number;
}

/** A node: a party, a designee (watch-list entry) or a contact detail two or more of them share. */
export interface NetworkNode {
  id: string;
  kind: 'party' | 'designee' | 'contact' | string;
  label: string;
  country?: string | null;
  rows?: number | null;
  flagged_rows?: number | null;
  spellings?: NetworkSpelling[] | null;
  list?: string | null;
  entry_id?: string | null;
  programs?: string[] | null;
  contact_kind?: string | null;
}

/** An edge with its evidence: rows for a trade edge, the match for a designee edge. */
export interface NetworkEdge {
  index: number;
  kind: 'shipped_to' | 'notify_for' | 'has_contact' | 'matches_designee' | 'linked_to' | string;
  from: string;
  to: string;
  rows?: number | null;
  flagged_rows?: number | null;
  high_risk_rows?: number | null;
  first?: string | null;
  last?: string | null;
  chapters?: Record<string, number> | null;
  row_keys?: string[] | null;
  score?: number | null;
  evidence: string;
}

/** A neighbourhood: its nodes and the edges among them. */
export interface NetworkGraph {
  model: string;
  center: string | null;
  depth: number;
  truncated: boolean;
  nodes: NetworkNode[];
  edges: NetworkEdge[];
}

/** One feature of a merge score. */
export interface NetworkFeature {
  name: string;
  value: number;
  weight: number;
  contribution: number;
}

/** Why two spellings are one party: the score and its features, or the analyst who merged them. */
export interface NetworkMerge {
  name: string;
  other_name: string;
  score: number;
  features: NetworkFeature[];
  decided_by: string;
  model: string;
}

/** A resolved party with every spelling, its contact details and the evidence of each merge. */
export interface NetworkParty {
  party: NetworkNode;
  spellings: NetworkSpelling[];
  contacts: string[];
  merges: NetworkMerge[];
}

/** A buyer sharing suppliers with the one asked about. */
export interface SharedSupplier {
  buyer: NetworkNode;
  suppliers: NetworkNode[];
  rows: number;
  flagged_rows: number;
  high_risk_rows: number;
  edges: NetworkEdge[];
}

/** A shortest path from a party to a designee: nodes in order and the edge into each but the first. */
export interface NetworkPath {
  hops: number;
  description: string;
  nodes: NetworkNode[];
  edges: NetworkEdge[];
}

/** What the team's network holds. */
export interface NetworkSummary {
  model: string;
  rows: number;
  parties: number;
  spellings: number;
  designees: number;
  shared_contacts: number;
  edges: Record<string, number>;
  pairs_scored: number;
  held_apart: string[];
  /** How long each step of building the network took. */
  phases: { name: string; seconds: number }[];
}

/** A case's place in the network (GET /v1/rows/{id}/network). */
export interface RowNetwork {
  model: string;
  shipper: NetworkNode | null;
  consignee: NetworkNode | null;
  shared_suppliers: SharedSupplier[];
  shipper_paths: NetworkPath[];
  consignee_paths: NetworkPath[];
}

/** The filters of trade edges every party query takes; empty values are left out. */
export interface TradeFilter {
  from?: string;
  to?: string;
  chapter?: string;
  flaggedOnly?: boolean;
}

/** An analyst's merge or split of two spellings (POST /v1/network/decisions). */
export interface NetworkDecision {
  kind: 'merge' | 'split';
  key: string;
  other_key: string;
  note: string;
}

/** The export formats GET /v1/network/export writes. */
export const exportFormats = ['graphml', 'gexf', 'csv'] as const;
export type ExportFormat = (typeof exportFormats)[number];

function query(values: Record<string, string | number | boolean | undefined>): string {
  const q = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) {
    if (value !== undefined && value !== '' && value !== false) q.set(key, String(value));
  }
  return q.toString();
}

function filterValues(f: TradeFilter) {
  return { from: f.from, to: f.to, chapter: f.chapter, flagged_only: f.flaggedOnly ? 'true' : undefined };
}

const enc = encodeURIComponent;

/** The network calls; the server answers from the caller's team's network only. */
export const network = {
  summary: () => call<NetworkSummary>('GET', '/v1/network'),
  parties: (q: string, limit = 20) => call<NetworkNode[]>('GET', `/v1/network/parties?${query({ q, limit })}`),
  party: (id: string) => call<NetworkParty>('GET', `/v1/network/parties/${enc(id)}`),
  neighbourhood: (party: string, depth: number, f: TradeFilter) =>
    call<NetworkGraph>('GET', `/v1/network/neighbourhood?${query({ party, depth, ...filterValues(f) })}`),
  sharedSuppliers: (party: string, f: TradeFilter) =>
    call<SharedSupplier[]>('GET', `/v1/network/shared-suppliers?${query({ party, ...filterValues(f) })}`),
  paths: (party: string, maxHops: number, f: TradeFilter) =>
    call<NetworkPath[]>('GET', `/v1/network/paths?${query({ party, max_hops: maxHops, ...filterValues(f) })}`),
  row: (id: string) => call<RowNetwork>('GET', `/v1/rows/${enc(id)}/network`),
  decide: (decision: NetworkDecision) => call<{ kind: string; key: string; other_key: string; replaced: string | null }>('POST', '/v1/network/decisions', decision),
  /** The export as a file: fetched with the tab's token (a plain link could not carry it), then handed to the browser. */
  export: async (format: ExportFormat, party: string | null, depth: number, f: TradeFilter): Promise<{ blob: Blob; name: string }> => {
    const path = `/v1/network/export?${query({ format, party: party ?? undefined, depth: party ? depth : undefined, ...filterValues(f) })}`;
    const response = await send('GET', path, undefined, undefined, '*/*');
    const name = /filename="?([^";]+)"?/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? `cordon-network.${format}`;
    return { blob: await response.blob(), name };
  },
};
