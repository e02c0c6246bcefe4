import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PartyMatch } from '../../api/more';
import ReasonForm from './ReasonForm';
import TableHead from '../TableHead';

/** One watch-list entry a party matched: the score and its pieces (the features the model weighed), the explanation, flags,
 * and a standing clearance. Clear and revoke are offered only to the roles the server admits. */
export default function MatchCard({ match, index, canClear, canRevoke, onClear, onRevoke }: {
  match: PartyMatch;
  index: number;
  canClear: boolean;
  canRevoke: boolean;
  onClear: (match: PartyMatch, note: string) => Promise<void>;
  onRevoke: (match: PartyMatch, reason: string) => Promise<void>;
}) {
  const { t } = useTranslation();
  const [acting, setActing] = useState<'clear' | 'revoke' | null>(null);
  const features = Object.entries(match.features).sort((a, b) => b[1] - a[1]);
  const heading = `match-${index}`;
  return (
    <article className={`card match tier-${match.tier}`} aria-labelledby={heading} data-entry={`${match.list}:${match.id}`}
      data-cleared={match.cleared ? 'true' : 'false'}>
      <h3 id={heading}>
        {match.name} <span className="hint">({match.list} {match.id}, {t(`parties.entryType.${match.entry_type}`, match.entry_type)})</span>
      </h3>
      <p>
        <span className={`tier tier-${match.tier}`} data-testid="tier">{t(`parties.tier.${match.tier}`, match.tier)}</span>{' '}
        {t('parties.score')}: <strong data-testid="score">{match.score.toFixed(3)}</strong> · {t('parties.matchedName')}:{' '}
        <q>{match.matched_name}</q> ({t(`parties.nameKind.${match.name_kind}`, match.name_kind)}) · {t('parties.program')}: {match.program || '—'}
      </p>
      <div className="why-grid">
        <table className="grid pieces">
          <caption>{t('parties.pieces')}</caption>
          <TableHead labels={[t('parties.feature'), t('parties.value')]} />
          <tbody>
            {features.map(([name, value]) => (
              <tr key={name}>
                {/* The model's own feature name stays on the row head, as docs/party-matching.md and the model file name it. */}
                <th scope="row" data-feature={name}>{t(`parties.features.${name}`, name)}</th>
                <td>
                  <span className="bar" style={{ width: `${Math.round(Math.max(0, Math.min(1, Math.abs(value))) * 60)}px` }} aria-hidden="true" />
                  {value.toFixed(3)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <div>
          <h4>{t('parties.why')}</h4>
          <ul className="explanation">
            {match.explanation.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
          {match.flags.length > 0 && (
            <p>
              {t('parties.flags')}: {match.flags.join(', ')}
            </p>
          )}
        </div>
      </div>
      {match.cleared && (
        <p className="cleared" data-testid="cleared">
          {t('parties.clearedBy', { by: match.cleared.by, at: match.cleared.at.slice(0, 10) })}: <q>{match.cleared.note}</q>
        </p>
      )}
      {match.stale_clearance && (
        <p className="hint">{t('parties.stale', { by: match.stale_clearance.by, note: match.stale_clearance.note })}</p>
      )}
      {acting === 'clear' ? (
        <ReasonForm id={`note-${index}`} label={t('parties.note')} submit={t('parties.confirmClear')} onCancel={() => setActing(null)}
          onSubmit={async (note) => {
            await onClear(match, note);
            setActing(null);
          }} />
      ) : acting === 'revoke' ? (
        <ReasonForm id={`reason-${index}`} label={t('parties.reason')} submit={t('parties.confirmRevoke')} onCancel={() => setActing(null)}
          onSubmit={async (reason) => {
            await onRevoke(match, reason);
            setActing(null);
          }} />
      ) : (
        <div className="actions">
          {canClear && !match.cleared && (
            <button type="button" className="secondary" onClick={() => setActing('clear')}>{t('parties.clear')}</button>
          )}
          {canRevoke && match.cleared && (
            <button type="button" className="secondary" onClick={() => setActing('revoke')}>{t('parties.revoke')}</button>
          )}
        </div>
      )}
    </article>
  );
}
