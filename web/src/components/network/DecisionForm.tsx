import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { network, type NetworkSpelling } from '../../api/network';

interface Choice {
  key: string;
  label: string;
}

interface Props {
  kind: 'merge' | 'split';
  spelling: NetworkSpelling;
  choices: Choice[];
  onDone: (message: string) => void;
  onCancel: () => void;
}

/** An analyst's merge or split of one spelling with another, with the note the server requires (audited). */
export default function DecisionForm({ kind, spelling, choices, onDone, onCancel }: Props) {
  const { t } = useTranslation();
  const [other, setOther] = useState(choices[0]?.key ?? '');
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const id = `decision-${kind}`;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!note.trim()) {
      setError(t('network.noteRequired'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const answer = await network.decide({ kind, key: spelling.key, other_key: other, note: note.trim() });
      onDone(t('network.recorded', { kind: answer.kind }));
    } catch (e) {
      setError(t('network.error', { message: (e as Error).message }));
    } finally {
      setBusy(false);
    }
  };

  if (choices.length === 0) return <p className="hint">{t('network.nothingToMerge')}</p>;
  return (
    <form className="decision card" onSubmit={(e) => void submit(e)} data-testid={`decision-${kind}`}>
      <div className="field">
        <label htmlFor={`${id}-other`}>{t(kind === 'split' ? 'network.splitFrom' : 'network.mergeWith', { name: spelling.name })}</label>
        <select id={`${id}-other`} value={other} onChange={(e) => setOther(e.target.value)}>
          {choices.map((c) => (
            <option key={c.key} value={c.key}>
              {c.label}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-note`}>{t('network.note')}</label>
        <textarea id={`${id}-note`} rows={2} value={note} onChange={(e) => setNote(e.target.value)} required aria-required="true" />
      </div>
      <div className="buttons">
        <button type="submit" disabled={busy}>
          {t('network.record')}
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          ✕
        </button>
      </div>
      {error && <p role="alert" className="error">{error}</p>}
    </form>
  );
}
