// Calls and answer types of the Parties, Knowledge base, Overview and Audit pages and the Check page's depictions. The match
// answer is streamed (PartyJsonWriter), so the OpenAPI document does not describe it: keep its type in step with that writer.
import type { components } from './schema';
import { call, send, type KbSubstance } from './client';

export type KbDefinition = components['schemas']['KbDefinition'];
export type KbVersion = components['schemas']['KbVersion'];
export type KbVersionList = components['schemas']['KbVersionList'];
export type KbDiff = components['schemas']['KbDiff'];
export type KbChange = components['schemas']['KbChange'];

/** One list's coverage and latest amendment (GET /v1/kb). */
export interface KbList {
  jurisdiction: string;
  id: string;
  name: string;
  entries: number;
  with_structure: number;
  structures_checked: number;
  identifier_only: number;
  definitions: number;
  last_amended: { date: string; instrument: string; url: string } | null;
}

/** The knowledge base's version, jurisdictions and lists (GET /v1/kb). */
export interface KbCatalogue {
  kb_version: string;
  jurisdictions: { code: string; name: string }[];
  lists: KbList[];
}

/** A page of listed entries (GET /v1/kb/substances). */
export interface KbSubstancePage {
  total: number;
  offset: number;
  limit: number;
  substances: KbSubstance[];
}

/** One watch-list entry a party matched, with the score's pieces (PartyJsonWriter). */
export interface PartyMatch {
  list: string;
  id: string;
  name: string;
  entry_type: string;
  matched_name: string;
  name_kind: string;
  score: number;
  tier: string;
  algorithm: string;
  features: Record<string, number>;
  flags: string[];
  program: string;
  explanation: string[];
  cleared: { by: string; at: string; note: string } | null;
  stale_clearance: { by: string; at: string; note: string } | null;
}

/** The answer for one party query. */
export interface PartyResult {
  query: string;
  country: string | null;
  dob: string | null;
  id: string | null;
  type: string;
  error: string | null;
  matches: PartyMatch[];
}

/** The body of one party query (Cordon.Contracts.MatchQuery). */
export interface PartyQuery {
  name: string;
  country?: string;
  dob?: string;
  id?: string;
  type?: string;
}

/** A clearance as the API shows it (Cordon.Contracts.ClearanceView). */
export interface Clearance {
  status: 'cleared' | 'revoked';
  party_key: string;
  list: string;
  entry_id: string;
  cleared_by: string;
  cleared_at: string;
  note: string | null;
  entry_digest: string | null;
  revoked_by: string | null;
  revoked_at: string | null;
  revoke_reason: string | null;
}

/** A name and how many rows it counts. */
export interface NamedCount {
  name: string;
  rows: number;
}

/** The team's rows at a glance (GET /v1/overview). */
export interface Overview {
  rows: number;
  risk_by_day: { day: string; risk: string; rows: number }[];
  top_shippers: NamedCount[];
  top_consignees: NamedCount[];
  jurisdictions: NamedCount[];
  substances: NamedCount[];
  dispositions: NamedCount[];
}

/** One audit entry (GET /v1/audit). */
export interface AuditEntry {
  id: number;
  at: string;
  actor: string;
  action: string;
  target: string;
  before: string | null;
  after: string | null;
}

/** The audit log's filters, named as GET /v1/audit's parameters. */
export interface AuditFilter {
  actor?: string;
  action?: string;
  target?: string;
  from?: string;
  to?: string;
  limit?: string;
}

/** A query string of the parameters that have a value. */
export function query(parameters: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(parameters)) if (value !== undefined && value !== '') search.set(key, String(value));
  const text = search.toString();
  return text ? `?${text}` : '';
}

export const more = {
  catalogue: () => call<KbCatalogue>('GET', '/v1/kb'),
  substances: (filter: { jurisdiction?: string; list?: string; q?: string; offset?: number; limit?: number }) =>
    call<KbSubstancePage>('GET', `/v1/kb/substances${query(filter)}`),
  definitions: (filter: { jurisdiction?: string; list?: string }) =>
    call<{ definitions: KbDefinition[] }>('GET', `/v1/kb/definitions${query(filter)}`).then((a) => a.definitions),
  versions: () => call<KbVersionList>('GET', '/v1/kb/versions'),
  diff: (from: string, to: string) => call<KbDiff>('GET', `/v1/kb/diff${query({ from, to })}`),
  match: (party: PartyQuery) =>
    call<{ results: PartyResult[] }>('POST', '/v1/match', { queries: [party] }).then((a) => a.results[0]),
  clearances: () => call<{ clearances: Clearance[] }>('GET', '/v1/parties/clearances').then((a) => a.clearances),
  clear: (body: { party: string; list: string; entry_id: string; note: string }) =>
    call<{ clearance: Clearance; entry_name: string }>('POST', '/v1/parties/clearances', body),
  revoke: (body: { party: string; list: string; entry_id: string; reason: string }) =>
    call<{ clearance: Clearance }>('POST', '/v1/parties/clearances/revoke', body),
  overview: () => call<Overview>('GET', '/v1/overview'),
  audit: (filter: AuditFilter) => call<{ entries: AuditEntry[] }>('GET', `/v1/audit${query({ ...filter })}`).then((a) => a.entries),
  /** The audit log as a CSV or XLSX file, for a download. */
  auditFile: async (filter: AuditFilter, format: 'csv' | 'xlsx') =>
    (await send('GET', `/v1/audit${query({ ...filter, format })}`, undefined, undefined, '*/*')).blob(),
  /** An SVG of the structure with the atoms highlighted, as text (shown through an img, never inlined). */
  depict: async (smiles: string, atoms: number[], legend?: string) =>
    (await send('POST', '/v1/depict', { smiles, atoms, legend }, undefined, 'image/svg+xml')).text(),
};
