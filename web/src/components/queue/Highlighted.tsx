import type { Evidence } from '../../api/queue';

/** A span of a text found as evidence. */
export interface Span {
  start: number;
  end: number;
  label: string;
}

/** The evidence of <paramref name="evidence"/> that lies in a column whose value is <paramref name="text"/>, as spans. */
export function spansIn(text: string, column: string, evidence: Evidence[]): Span[] {
  return evidence
    .filter((e) => e.column === column && e.start != null && e.end != null && e.end > e.start && e.end <= text.length)
    .map((e) => ({ start: e.start!, end: e.end!, label: `${e.feature}: ${e.explanation}` }));
}

/** The text with each span marked; overlapping spans are merged into the first, so every character shows once. */
export default function Highlighted({ text, spans }: { text: string; spans: Span[] }) {
  const ordered = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const parts: (string | { text: string; label: string })[] = [];
  let at = 0;
  for (const span of ordered) {
    if (span.start < at) continue;
    if (span.start > at) parts.push(text.slice(at, span.start));
    parts.push({ text: text.slice(span.start, span.end), label: span.label });
    at = span.end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return (
    <>
      {parts.map((p, i) =>
        typeof p === 'string' ? (
          <span key={i}>{p}</span>
        ) : (
          <mark key={i} title={p.label}>
            {p.text}
          </mark>
        ),
      )}
    </>
  );
}
