import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

/** A required reason and a confirm button: a clearance or a revocation is never recorded without words saying why. */
export default function ReasonForm({ id, label, submit, onSubmit, onCancel }: {
  id: string;
  label: string;
  submit: string;
  onSubmit: (reason: string) => Promise<void>;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const send = async (event: FormEvent) => {
    event.preventDefault();
    if (!reason.trim()) {
      setError(t('parties.reasonRequired'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await onSubmit(reason.trim());
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="reason-form" onSubmit={send}>
      <label htmlFor={id}>{label}</label>
      <textarea id={id} rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />
      {error && <p role="alert" className="error">{error}</p>}
      <div className="actions">
        <button type="submit" disabled={busy}>{submit}</button>
        <button type="button" className="secondary" onClick={onCancel}>{t('parties.cancel')}</button>
      </div>
    </form>
  );
}
