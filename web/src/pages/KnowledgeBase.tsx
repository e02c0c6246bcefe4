import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { KbSubstance } from '../api/client';
import { more, type KbCatalogue, type KbDefinition, type KbSubstancePage } from '../api/more';
import DefinitionCard from '../components/kb/DefinitionCard';
import SubstanceDetail from '../components/kb/SubstanceDetail';
import WhatChanged from '../components/kb/WhatChanged';
import TableHead from '../components/TableHead';

const pageSize = 25;

/** The law Cordon reads: jurisdictions and their lists (coverage, latest amendment), listed substances searched and paged, and
 * class definitions with their legal text, clauses and examples, and what changed between two versions the server has loaded. */
export default function KnowledgeBase() {
  const { t } = useTranslation();
  const initial = new URLSearchParams(window.location.search);
  const [catalogue, setCatalogue] = useState<KbCatalogue | null>(null);
  const [jurisdiction, setJurisdiction] = useState(initial.get('jurisdiction') ?? '');
  const [list, setList] = useState('');
  const [text, setText] = useState(initial.get('q') ?? '');
  const [q, setQ] = useState(initial.get('q') ?? '');
  const [offset, setOffset] = useState(0);
  const [page, setPage] = useState<KbSubstancePage | null>(null);
  const [chosen, setChosen] = useState<KbSubstance | null>(null);
  const [definitions, setDefinitions] = useState<KbDefinition[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    more.catalogue().then(setCatalogue).catch((e: Error) => setError(e.message));
  }, []);

  useEffect(() => {
    let live = true;
    more
      .substances({ jurisdiction: jurisdiction || undefined, list: list || undefined, q: q || undefined, offset, limit: pageSize })
      .then((p) => live && setPage(p))
      .catch((e: Error) => live && setError(e.message));
    return () => {
      live = false;
    };
  }, [jurisdiction, list, q, offset]);

  useEffect(() => {
    let live = true;
    setDefinitions(null);
    more
      .definitions({ jurisdiction: jurisdiction || undefined, list: list || undefined })
      .then((d) => live && setDefinitions(d))
      .catch((e: Error) => live && setError(e.message));
    return () => {
      live = false;
    };
  }, [jurisdiction, list]);

  const lists = (catalogue?.lists ?? []).filter((l) => !jurisdiction || l.jurisdiction === jurisdiction);
  const search = (event: FormEvent) => {
    event.preventDefault();
    setOffset(0);
    setQ(text.trim());
  };
  const pick = (code: string, id = '') => {
    setJurisdiction(code);
    setList(id);
    setOffset(0);
    setChosen(null);
  };

  return (
    <section className="kb">
      <h1>{t('kb.title')}</h1>
      {error && <p role="alert" className="error">{error}</p>}
      {catalogue && <p className="hint">{t('check.kbVersion', { version: catalogue.kb_version })}</p>}
      <div className="card row kb-filters">
        <div className="field">
          <label htmlFor="kb-jurisdiction">{t('kb.jurisdiction')}</label>
          <select id="kb-jurisdiction" value={jurisdiction} onChange={(e) => pick(e.target.value)}>
            <option value="">{t('kb.all')}</option>
            {catalogue?.jurisdictions.map((j) => (
              <option key={j.code} value={j.code}>{j.code} — {j.name}</option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="kb-list">{t('kb.list')}</label>
          <select id="kb-list" value={list} onChange={(e) => pick(jurisdiction, e.target.value)}>
            <option value="">{t('kb.all')}</option>
            {lists.map((l) => (
              <option key={l.id} value={l.id}>{l.jurisdiction} · {l.name}</option>
            ))}
          </select>
        </div>
      </div>

      <section className="card" aria-labelledby="kb-lists">
        <h2 id="kb-lists">{t('kb.lists')}</h2>
        <div className="table-wrap">
          <table className="grid lists">
            <TableHead labels={[t('kb.jurisdiction'), t('kb.list'), t('kb.entries'), t('kb.withStructure'), t('kb.checked'), t('kb.identifierOnly'), t('kb.definitions'), t('kb.lastAmended')]} />
            <tbody>
              {lists.map((l) => (
                <tr key={l.id} data-list={l.id} className={l.id === list ? "chosen" : undefined}>
                  <td>{l.jurisdiction}</td>
                  <td lang={l.jurisdiction === 'CN' ? 'zh-Hans' : undefined}>
                    <button type="button" className="link" onClick={() => pick(l.jurisdiction, l.id)}>{l.name}</button>
                  </td>
                  <td className="num">{l.entries}</td>
                  <td className="num">{l.with_structure}</td>
                  <td className="num">{l.structures_checked}</td>
                  <td className="num">{l.identifier_only}</td>
                  <td className="num">{l.definitions}</td>
                  <td lang={l.jurisdiction === 'CN' ? 'zh-Hans' : undefined}>
                    {l.last_amended ? (
                      <>
                        {l.last_amended.date}{' '}
                        <a href={l.last_amended.url} target="_blank" rel="noreferrer noopener">{l.last_amended.instrument}</a>
                      </>
                    ) : '—'}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section className="card" aria-labelledby="kb-substances">
        <h2 id="kb-substances">{t('kb.substances')}</h2>
        <form className="row" onSubmit={search} role="search">
          <div className="field grow">
            <label htmlFor="kb-q">{t('kb.search')}</label>
            <input id="kb-q" value={text} onChange={(e) => setText(e.target.value)} placeholder={t('kb.searchHint')} autoComplete="off" />
          </div>
          <button type="submit">{t('kb.find')}</button>
        </form>
        {chosen && <SubstanceDetail substance={chosen} onClose={() => setChosen(null)} />}
        {page && (
          <>
            <p className="hint" data-testid="kb-total">{t('kb.showing', { from: page.total === 0 ? 0 : page.offset + 1, to: page.offset + page.substances.length, total: page.total })}</p>
            <div className="table-wrap">
              <table className="grid substances">
                <TableHead labels={[t('kb.name'), t('kb.cas'), t('kb.list'), t('kb.effective')]} />
                <tbody>
                  {page.substances.map((s) => (
                    <tr key={s.id} data-id={s.id}>
                      <td lang={s.jurisdiction === 'CN' ? 'zh-Hans' : undefined}>
                        <button type="button" className="link" onClick={() => setChosen(s)}>{s.name}</button>
                      </td>
                      <td>{s.cas ?? '—'}</td>
                      <td lang={s.jurisdiction === 'CN' ? 'zh-Hans' : undefined}>{s.jurisdiction} · {s.list_name}</td>
                      <td>{s.effective ?? '—'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <div className="pager">
              <button type="button" className="secondary" disabled={page.offset === 0} onClick={() => setOffset(Math.max(0, offset - pageSize))}>{t('kb.previous')}</button>
              <button type="button" className="secondary" disabled={page.offset + page.substances.length >= page.total} onClick={() => setOffset(offset + pageSize)}>{t('kb.next')}</button>
            </div>
          </>
        )}
      </section>

      <section aria-labelledby="kb-definitions">
        <h2 id="kb-definitions">{t('kb.classDefinitions')}</h2>
        {definitions && definitions.length === 0 && <p>{t('kb.noDefinitions')}</p>}
        {definitions?.map((d) => <DefinitionCard key={d.id} definition={d} />)}
      </section>

      <WhatChanged />
    </section>
  );
}
