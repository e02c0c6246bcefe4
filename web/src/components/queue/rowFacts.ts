import type { Evidence, QueueRow } from '../../api/queue';

/** The input column a row's description was read from: the one whose value is the description. */
export function descriptionColumn(row: QueueRow): string | null {
  if (row.description == null) return null;
  const found = Object.entries(row.result.columns ?? {}).find(([, value]) => value === row.description);
  return found ? found[0] : null;
}

/** Chemical findings of a row, one line per jurisdiction and substance ("US: 4-piperidone (listed)"), each basis named by
 * <paramref name="basisName"/> in the UI's language. */
export function findingsOf(row: QueueRow, basisName: (basis: string) => string): string[] {
  const seen = new Set<string>();
  for (const e of row.result.findings ?? []) {
    for (const entry of e.check?.entries ?? []) seen.add(`${entry.jurisdiction}: ${entry.substance} (${basisName(entry.basis)})`);
  }
  return [...seen];
}

/** The party-match evidence of a row. */
export function partyHits(findings: Evidence[]): Evidence[] {
  return findings.filter((e) => e.rule === 'party-match');
}

/** The route as declared: origin → destination, and the ports when given. */
export function routeOf(row: QueueRow): string {
  const countries = [row.origin, row.destination].filter(Boolean).join(' → ');
  const ports = [row.port_of_loading, row.port_of_discharge].filter(Boolean).join(' → ');
  return [countries, ports && `(${ports})`].filter(Boolean).join(' ');
}

/** The feature and score pieces a party match's explanation lists ("name 0.93, country 1.00"), parsed for display. */
export function scorePieces(explanation: string): { name: string; value: number }[] {
  const inner = /\(([^;()]+);\s*([^)]*)\)/.exec(explanation);
  if (!inner) return [];
  return inner[2]
    .split(',')
    .map((piece) => /^\s*(.+?)\s+(-?\d+(?:\.\d+)?)\s*$/.exec(piece))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ name: m[1], value: Number(m[2]) }));
}
