import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SharedSupplier } from '../../api/network';

// The best-ranked buyers first; the long tail (buyers sharing one ordinary supplier) on request.
const shown = 15;

/** Buyers that buy from the same suppliers, most shared first; a buyer's name recentres the graph on it. */
export default function SharedSuppliersTable({ shared, onCentre }: { shared: SharedSupplier[]; onCentre: (id: string) => void }) {
  const { t } = useTranslation();
  const [all, setAll] = useState(false);
  if (shared.length === 0) return <p className="hint">{t('network.noShared')}</p>;
  return (
    <div className="table-wrap">
      <table className="grid" data-testid="shared-suppliers">
        <caption className="visually-hidden">{t('network.shared')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('network.buyer')}</th>
            <th scope="col">{t('network.suppliers')}</th>
            <th scope="col">{t('network.rows')}</th>
            <th scope="col">{t('network.flagged')}</th>
            <th scope="col">{t('network.highRisk')}</th>
          </tr>
        </thead>
        <tbody>
          {(all ? shared : shared.slice(0, shown)).map((s) => (
            <tr key={s.buyer.id}>
              <td>
                <button type="button" className="link" onClick={() => onCentre(s.buyer.id)} title={t('network.centre')}>
                  {s.buyer.label}
                </button>{' '}
                {s.buyer.country && <span className="hint">({s.buyer.country})</span>}
              </td>
              <td>
                <ul className="plain">
                  {s.suppliers.map((p) => (
                    <li key={p.id}>{p.label}</li>
                  ))}
                </ul>
              </td>
              <td>{s.rows}</td>
              <td>{s.flagged_rows}</td>
              <td>{s.high_risk_rows}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {shared.length > shown && (
        <button type="button" className="secondary" onClick={() => setAll(!all)} aria-expanded={all}>
          {all ? t('network.showFewer') : t('network.showAll', { count: shared.length })}
        </button>
      )}
    </div>
  );
}
