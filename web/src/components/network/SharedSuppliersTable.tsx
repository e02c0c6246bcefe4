import { useTranslation } from 'react-i18next';
import type { SharedSupplier } from '../../api/network';

/** Buyers that buy from the same suppliers, most shared first; a buyer's name recentres the graph on it. */
export default function SharedSuppliersTable({ shared, onCentre, caption }: { shared: SharedSupplier[]; onCentre: (id: string) => void; caption?: string }) {
  const { t } = useTranslation();
  if (shared.length === 0) return <p className="hint">{t('network.noShared')}</p>;
  return (
    <div className="table-wrap">
      <table className="grid" data-testid="shared-suppliers">
        <caption>{caption ?? t('network.shared')}</caption>
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
          {shared.map((s) => (
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
    </div>
  );
}
