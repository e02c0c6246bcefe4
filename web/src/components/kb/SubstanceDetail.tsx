import { useTranslation } from 'react-i18next';
import type { KbSubstance } from '../../api/client';
import StructureImage from '../depiction/StructureImage';
import KbCitationText from './Citation';

/** One listed entry: its structure, names, CAS RNs, clause, citation and the days it is law. */
export default function SubstanceDetail({ substance, onClose }: { substance: KbSubstance; onClose: () => void }) {
  const { t } = useTranslation();
  const zh = substance.jurisdiction === 'CN' ? 'zh-Hans' : undefined;
  return (
    <article className="card substance-detail" aria-labelledby="substance-title" data-id={substance.id}>
      <h3 id="substance-title" lang={zh}>{substance.name}</h3>
      <div className="detail-grid">
        <div>
          {substance.smiles ? (
            <StructureImage smiles={substance.smiles} label={t('kb.structureOf', { name: substance.name })} />
          ) : (
            <p className="hint">{t('kb.noStructure')}</p>
          )}
        </div>
        <dl className="facts">
          <dt>{t('kb.id')}</dt>
          <dd><code>{substance.id}</code></dd>
          <dt>{t('kb.list')}</dt>
          <dd lang={zh}>{substance.jurisdiction} · {substance.list_name}</dd>
          <dt>{t('kb.cas')}</dt>
          <dd>{substance.cas ?? '—'}</dd>
          {substance.form_cas.length > 0 && (
            <>
              <dt>{t('kb.formCas')}</dt>
              <dd>{substance.form_cas.map((f) => `${f.cas} (${f.form})`).join(', ')}</dd>
            </>
          )}
          {substance.synonyms.length > 0 && (
            <>
              <dt>{t('kb.synonyms')}</dt>
              <dd className="synonyms">{substance.synonyms.join(' · ')}</dd>
            </>
          )}
          {substance.smiles && (
            <>
              <dt>{t('kb.smiles')}</dt>
              <dd><code>{substance.smiles}</code></dd>
            </>
          )}
          {substance.clause && (
            <>
              <dt>{t('kb.clause')}</dt>
              <dd lang={zh}>{substance.clause}</dd>
            </>
          )}
          {substance.covers.length > 0 && (
            <>
              <dt>{t('kb.covers')}</dt>
              <dd>{substance.covers.join(', ')}</dd>
            </>
          )}
          {substance.code && (
            <>
              <dt>{t('kb.code')}</dt>
              <dd>{substance.code}</dd>
            </>
          )}
          {substance.hs_code && (
            <>
              <dt>{t('kb.hs')}</dt>
              <dd>{substance.hs_code}</dd>
            </>
          )}
          <dt>{t('kb.citation')}</dt>
          <dd lang={zh}><KbCitationText citation={substance.citation} label={t('check.official')} /></dd>
          <dt>{t('kb.effective')}</dt>
          <dd>
            {substance.effective ?? '—'}
            {substance.effective_note ? ` (${substance.effective_note})` : ''}
            {substance.ended ? ` — ${t('kb.ended', { day: substance.ended })}` : ''}
          </dd>
          {substance.notes && (
            <>
              <dt>{t('kb.notes')}</dt>
              <dd>{substance.notes}</dd>
            </>
          )}
        </dl>
      </div>
      <button type="button" className="secondary" onClick={onClose}>{t('kb.close')}</button>
    </article>
  );
}
