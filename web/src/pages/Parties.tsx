import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { atLeast, type Role } from '../api/client';
import { more, type Clearance, type PartyMatch, type PartyQuery, type PartyResult } from '../api/more';
import MatchCard from '../components/parties/MatchCard';
import TableHead from '../components/TableHead';

/** Search one party against the team's watch lists, see each match and why, and clear (analyst) or revoke (supervisor) with a reason. */
export default function Parties({ role }: { role: Role }) {
  const { t } = useTranslation();
  const [form, setForm] = useState<PartyQuery>({ name: '' });
  const [asked, setAsked] = useState<PartyQuery | null>(null);
  const [result, setResult] = useState<PartyResult | null>(null);
  const [clearances, setClearances] = useState<Clearance[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const canClear = atLeast(role, 'analyst');
  const canRevoke = atLeast(role, 'supervisor');

  const loadClearances = useCallback(() => {
    more.clearances().then(setClearances).catch((e: Error) => setError(e.message));
  }, []);
  useEffect(loadClearances, [loadClearances]);

  const search = async (party: PartyQuery) => {
    setBusy(true);
    setError(null);
    try {
      setResult(await more.match(party));
      setAsked(party);
    } catch (e) {
      setResult(null);
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setNotice(null);
    if (!form.name.trim()) {
      setError(t('parties.nameRequired'));
      return;
    }
    const party: PartyQuery = { name: form.name.trim() };
    for (const key of ['country', 'dob', 'id', 'type'] as const) if (form[key]?.trim()) party[key] = form[key]!.trim();
    void search(party);
  };

  // After a clearance or revocation the party is searched again, so what is shown is the server's record, not a guess.
  const clear = async (match: PartyMatch, note: string) => {
    await more.clear({ party: asked!.name, list: match.list, entry_id: match.id, note });
    setNotice(t('parties.clearedNotice', { party: asked!.name, entry: match.name }));
    await search(asked!);
    loadClearances();
  };
  const revoke = async (match: PartyMatch, reason: string) => {
    await more.revoke({ party: asked!.name, list: match.list, entry_id: match.id, reason });
    setNotice(t('parties.revokedNotice', { party: asked!.name, entry: match.name }));
    await search(asked!);
    loadClearances();
  };

  const field = (key: keyof PartyQuery, label: string, hint?: string) => (
    <div className="field">
      <label htmlFor={`party-${key}`}>{label}</label>
      <input id={`party-${key}`} value={form[key] ?? ''} onChange={(e) => setForm({ ...form, [key]: e.target.value })} placeholder={hint}
        autoComplete="off" />
    </div>
  );

  return (
    <section className="parties">
      <h1>{t('parties.title')}</h1>
      <form className="card party-form" onSubmit={submit} aria-label={t('parties.title')}>
        {field('name', t('parties.name'), t('parties.nameHint'))}
        <div className="row">
          {field('country', t('parties.country'), t('parties.countryHint'))}
          {field('dob', t('parties.dob'), t('parties.dobHint'))}
          {field('id', t('parties.id'))}
          <div className="field">
            <label htmlFor="party-type">{t('parties.type')}</label>
            <select id="party-type" value={form.type ?? ''} onChange={(e) => setForm({ ...form, type: e.target.value })}>
              <option value="">{t('parties.typeAny')}</option>
              <option value="person">{t('parties.typePerson')}</option>
              <option value="company">{t('parties.typeCompany')}</option>
            </select>
          </div>
        </div>
        <button type="submit" disabled={busy}>{busy ? t('parties.searching') : t('parties.search')}</button>
      </form>
      {error && <p role="alert" className="error">{error}</p>}
      {notice && <p role="status" className="notice">{notice}</p>}
      <div aria-live="polite">
        {result && (
          <section aria-labelledby="party-results">
            <h2 id="party-results">{t('parties.results', { count: result.matches.length, query: result.query })}</h2>
            {result.error && <p role="alert" className="error">{result.error}</p>}
            {result.matches.length === 0 && !result.error && <p>{t('parties.noMatch')}</p>}
            {result.matches.map((m, i) => (
              <MatchCard key={`${m.list}:${m.id}`} match={m} index={i} canClear={canClear} canRevoke={canRevoke} onClear={clear} onRevoke={revoke} />
            ))}
          </section>
        )}
      </div>
      <section className="card" aria-labelledby="clearances-title">
        <h2 id="clearances-title">{t('parties.clearances')}</h2>
        {clearances && clearances.length === 0 && <p>{t('parties.noClearances')}</p>}
        {clearances && clearances.length > 0 && (
          <div className="table-wrap">
            <table className="grid clearances">
              <TableHead labels={[t('parties.status'), t('parties.partyKey'), t('parties.entry'), t('parties.by'), t('parties.note'), t('parties.revocation')]} />
              <tbody>
                {clearances.map((c) => (
                  <tr key={`${c.party_key}|${c.list}|${c.entry_id}|${c.cleared_at}`} data-status={c.status}>
                    <td>{t(`parties.state.${c.status}`)}</td>
                    <td>{c.party_key}</td>
                    <td>{c.list} {c.entry_id}</td>
                    <td>{c.cleared_by}, {c.cleared_at.slice(0, 10)}</td>
                    <td>{c.note}</td>
                    <td>{c.revoked_at ? `${c.revoked_by}, ${c.revoked_at.slice(0, 10)}: ${c.revoke_reason}` : '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </section>
  );
}
