// The answer of POST /v1/check, one object per query: the JSON of `cordon check --format json`, written by
// src/Cordon.Screening.Reporting/JsonResultWriter.cs. The server streams it, so the OpenAPI document does not describe it;
// keep this in step with that writer.

/** One finding: a list entry, a class definition or an alert that the structure or identifier matched. */
export interface Finding {
  jurisdiction: string;
  list: string;
  substance: string;
  substance_id: string;
  basis: string;
  clause: string;
  match: string;
  citation: string;
  effective: string | null;
  matched_atoms: number[];
  clauses?: { clause: string; description: string; atoms: number[]; review: string | null }[];
  similarity?: number;
  review: string | null;
}

/** The verdict on one query. */
export interface CheckResult {
  query: string;
  input_kind: string | null;
  status: 'controlled' | 'suspect' | 'clear' | 'unresolved' | 'error' | string;
  structure: { smiles: string; formula: string; removed: string[] } | null;
  findings: Finding[];
  message: string;
  kb_version: string;
  scope?: { as_of?: string; jurisdictions?: string[] };
}

/** The body of POST /v1/check (Cordon.Contracts.CheckBody). */
export interface CheckBody {
  query?: string;
  queries?: string[];
  jurisdictions?: string;
  as_of?: string;
  listed_only?: boolean;
  as?: 'smiles' | 'cas' | 'name' | 'molfile';
}
