import { useTranslation } from 'react-i18next';
import type { KbDefinition } from '../../api/more';
import KbCitationText from './Citation';
import TableHead from '../TableHead';

/** A class definition (law) or an analogue alert (a lead): its legal text verbatim, clause by clause, and its examples. */
export default function DefinitionCard({ definition }: { definition: KbDefinition }) {
  const { t } = useTranslation();
  const zh = definition.jurisdiction === 'CN' ? 'zh-Hans' : undefined;
  const heading = `definition-${definition.id.replace(/[^a-zA-Z0-9-]/g, '-')}`;
  return (
    <article className="card definition" aria-labelledby={heading} data-id={definition.id} data-kind={definition.kind}>
      <h3 id={heading} lang={zh}>
        {definition.name} <span className="hint">({definition.jurisdiction} · {definition.list_name} · {t(`kb.kind.${definition.kind}`, definition.kind)})</span>
      </h3>
      <blockquote className="legal-text" lang={zh}>{definition.legal_text}</blockquote>
      <p className="hint" lang={zh}>
        <KbCitationText citation={definition.citation} label={t('check.official')} /> · {t('kb.effective')}: {definition.effective ?? '—'}
        {definition.ended ? ` — ${t('kb.ended', { day: definition.ended })}` : ''}
        {definition.exclude_if_listed ? ` · ${t('kb.excludeIfListed')}` : ''}
      </p>
      <div className="table-wrap">
        <table className="grid clauses">
          <caption>{t('kb.clauses')}</caption>
          <TableHead labels={[t('kb.clause'), t('kb.lawText'), t('kb.clauseKind'), t('kb.review')]} />
          <tbody>
            {definition.clauses.map((c) => (
              <tr key={c.clause}>
                <th scope="row">{c.clause}</th>
                <td lang={zh}>{c.text}</td>
                <td>{c.kind ? t(`kb.clauseKinds.${c.kind}`, c.kind) : '—'}</td>
                <td>{c.review ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {definition.ambiguities.length > 0 && (
        <details>
          <summary>{t('kb.ambiguities', { count: definition.ambiguities.length })}</summary>
          <ul>
            {definition.ambiguities.map((a, i) => (
              <li key={i}>{a}</li>
            ))}
          </ul>
        </details>
      )}
      {definition.examples.length > 0 && (
        <details>
          <summary>{t('kb.examples', { count: definition.examples.length })}</summary>
          <table className="grid examples">
            <TableHead labels={[t('kb.example'), t('kb.smiles'), t('kb.member'), t('kb.why')]} />
            <tbody>
              {definition.examples.map((e) => (
                <tr key={`${e.name}|${e.smiles}`}>
                  <td>{e.name}</td>
                  <td><code>{e.smiles}</code></td>
                  <td>{e.matches ? t('kb.yes') : t('kb.no')}</td>
                  <td>{e.why ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      )}
    </article>
  );
}
