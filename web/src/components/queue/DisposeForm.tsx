import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ConflictError, dispositions, queueApi, type Disposition, type QueueRow } from '../../api/queue';

/** Records a disposition of <paramref name="row"/> with a reason, naming the version seen; when another analyst changed the
 * row first (409) it shows their change and offers to decide again on the row as it now is. */
export default function DisposeForm({
  row,
  onDone,
  onConflict,
  lastChange,
  autoFocus,
}: {
  row: QueueRow;
  /** The row's latest recorded disposition, shown with a conflict: who made the change, and why. */
  lastChange?: { at: string; actor: string; disposition: string; note: string | null };
  onDone: (row: QueueRow) => void;
  onConflict?: (current: QueueRow) => void;
  autoFocus?: boolean;
}) {
  const { t } = useTranslation();
  const [disposition, setDisposition] = useState<Disposition>('referred');
  const [note, setNote] = useState('');
  const [seen, setSeen] = useState(row);
  const [conflict, setConflict] = useState<QueueRow | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (note.trim().length === 0) {
      setError(t('dispose.needReason'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const answer = await queueApi.dispose(seen.id, seen.version, disposition, note.trim());
      setConflict(null);
      setSeen(answer.row);
      setNote('');
      onDone(answer.row);
    } catch (e) {
      if (e instanceof ConflictError) {
        setConflict(e.current);
        setSeen(e.current);
        onConflict?.(e.current);
      } else {
        setError((e as Error).message);
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="dispose" onSubmit={submit} aria-labelledby={`dispose-title-${row.id}`}>
      <h2 id={`dispose-title-${row.id}`}>{t('dispose.title')}</h2>
      {conflict && (
        <div role="alert" className="error conflict" data-testid="conflict">
          <p>{t('dispose.conflict', { version: conflict.version })}</p>
          <dl className="facts">
            <dt>{t('dispose.theirDisposition')}</dt>
            <dd data-testid="their-disposition">{conflict.disposition ? t(`dispose.as.${conflict.disposition}`, conflict.disposition) : t('dispose.none')}</dd>
            {lastChange && lastChange.disposition === conflict.disposition && (
              <>
                <dt>{t('case.actor')}</dt>
                <dd data-testid="their-actor">{lastChange.actor}</dd>
                <dt>{t('case.note')}</dt>
                <dd data-testid="their-note">{lastChange.note ?? '—'}</dd>
                <dt>{t('case.at')}</dt>
                <dd>{lastChange.at.replace('T', ' ').slice(0, 19)}</dd>
              </>
            )}
            <dt>{t('queue.assignee')}</dt>
            <dd>{conflict.assignee ?? '—'}</dd>
          </dl>
          <p>{t('dispose.again')}</p>
        </div>
      )}
      <div className="row">
        <div className="field">
          <label htmlFor={`disposition-${row.id}`}>{t('dispose.disposition')}</label>
          <select id={`disposition-${row.id}`} value={disposition} onChange={(e) => setDisposition(e.target.value as Disposition)} autoFocus={autoFocus}>
            {dispositions.map((d) => (
              <option key={d} value={d}>
                {t(`dispose.as.${d}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field grow">
          <label htmlFor={`note-${row.id}`}>{t('dispose.reason')}</label>
          <input id={`note-${row.id}`} type="text" value={note} onChange={(e) => setNote(e.target.value)} maxLength={2000} />
        </div>
      </div>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <button type="submit" disabled={busy}>
        {t('dispose.submit')}
      </button>
    </form>
  );
}
