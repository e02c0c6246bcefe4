// The screening jobs, the review queue and a row's case: GET /v1/jobs…, /v1/queue, /v1/rows/{id}. The rows' "result" is the
// JSON of `cordon screen --format jsonl` (Cordon.Contracts DeclarationResultContract), which the OpenAPI document leaves as
// an object; these types follow that contract.
import type { components } from './schema';
import { ApiError, session } from './client';

/** A class definition with its legal text, clause by clause (GET /v1/kb/definitions/{id}). */
export type KbDefinition = components['schemas']['KbDefinition'];

/** An entry of a chemical mention's check. */
export interface CheckEntry {
  jurisdiction: string;
  list: string;
  substance: string;
  substance_id: string;
  basis: string;
  clause: string;
  match: string;
  citation: string;
  effective: string | null;
  review: string | null;
}

/** One piece of evidence: where in which column, the rule, feature, weight and why. */
export interface Evidence {
  column: string;
  start?: number | null;
  end?: number | null;
  text: string;
  rule: string;
  feature: string;
  weight: number;
  explanation: string;
  percent?: number | null;
  check?: { status: string; smiles: string | null; entries: CheckEntry[]; message: string } | null;
}

/** A declaration's result as screened. */
export interface DeclarationResult {
  row: number;
  line: number;
  id: string | null;
  status: string;
  risk: string;
  score: number;
  score_pieces: { feature: string; weight: number }[];
  findings: Evidence[];
  columns: Record<string, string>;
  error: string | null;
  kb_version: string;
}

/** A stored row as the queue and a job's rows list it. */
export interface QueueRow {
  id: number;
  job: string;
  line: number;
  status: string;
  risk: string;
  score: number;
  description: string | null;
  shipper: string | null;
  consignee: string | null;
  notify_party: string | null;
  hs_code: string | null;
  quantity: string | null;
  origin: string | null;
  destination: string | null;
  port_of_loading: string | null;
  port_of_discharge: string | null;
  screened_at: string | null;
  assignee: string | null;
  jurisdictions: string[];
  disposition: string | null;
  version: number;
  result: DeclarationResult;
  raised: { reason: string; at: string } | null;
}

/** A page of rows. */
export interface RowPage {
  total: number;
  offset: number;
  limit: number;
  rows: QueueRow[];
}

/** A screening job (GET /v1/jobs/{id}). */
export interface Job {
  id: string;
  status: 'queued' | 'running' | 'complete' | 'failed' | string;
  rows_screened: number | null;
  input_name: string;
  created_by: string;
  created_at: string;
  finished_at: string | null;
  rows: number;
  error: string | null;
  kb_version: string;
}

/** A structure a finding rests on, drawn with its matched atoms. */
export interface Depiction {
  column: string;
  text: string;
  smiles: string;
  substances: string[];
  matched_atoms: number[];
  svg: string | null;
}

/** A row's case (GET /v1/rows/{id}). */
export interface CaseFile {
  row: QueueRow;
  depictions: Depiction[];
  history: { at: string; actor: string; disposition: string; note: string | null }[];
}

/** The dispositions the server accepts (Cordon.Contracts DispositionBody). */
export const dispositions = ['cleared', 'referred', 'held', 'seized', 'false_positive'] as const;
export type Disposition = (typeof dispositions)[number];

/** A refused disposition because another analyst changed the row first: the row as it now is. */
export class ConflictError extends ApiError {
  constructor(message: string, readonly current: QueueRow) {
    super(409, message);
  }
}

async function send<T>(method: string, path: string, body?: BodyInit, json = false): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  const token = session.get();
  if (token) headers.authorization = `Bearer ${token}`;
  if (json) headers['content-type'] = 'application/json';
  const response = await fetch(path, { method, headers, body });
  const text = await response.text();
  const answer = text.length > 0 ? (JSON.parse(text) as Record<string, unknown>) : {};
  if (response.status === 409 && answer.row) throw new ConflictError(String(answer.error ?? 'conflict'), answer.row as QueueRow);
  if (!response.ok) throw new ApiError(response.status, String(answer.error ?? answer.detail ?? answer.title ?? response.statusText));
  return answer as T;
}

/** The calls of the Screen, Queue and Case pages; the server checks each against the caller's role. */
export const queueApi = {
  screen: (file: File, options: { jurisdictions?: string; asOf?: string }) => {
    const form = new FormData();
    form.append('file', file, file.name);
    if (options.jurisdictions) form.append('jurisdictions', options.jurisdictions);
    if (options.asOf) form.append('as_of', options.asOf);
    return send<Job>('POST', '/v1/screen', form);
  },
  jobs: () => send<{ jobs: Job[] }>('GET', '/v1/jobs'),
  job: (id: string) => send<Job>('GET', `/v1/jobs/${encodeURIComponent(id)}`),
  rows: (source: string, params: URLSearchParams) => send<RowPage>('GET', `${source}?${params.toString()}`),
  row: (id: number) => send<CaseFile>('GET', `/v1/rows/${id}`),
  dispose: (id: number, version: number, disposition: Disposition, note: string) =>
    send<{ row: QueueRow }>('POST', `/v1/rows/${id}/disposition`, JSON.stringify({ version, disposition, note: note || null }), true),
  definition: (id: string) => send<KbDefinition>('GET', `/v1/kb/definitions/${encodeURIComponent(id)}`),
};
