import type { components } from '../../api/schema';

/** A citation: the section, the instrument that made it law, and its official text linked. */
export default function KbCitationText({ citation, label }: { citation: components['schemas']['KbCitation']; label: string }) {
  return (
    <>
      {citation.section}
      {citation.instrument ? ` (${citation.instrument})` : ''}{' '}
      {citation.url && (
        <a href={citation.url} target="_blank" rel="noreferrer noopener">
          {label}
        </a>
      )}
    </>
  );
}
