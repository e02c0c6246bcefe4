import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { exportFormats, network, type ExportFormat, type TradeFilter } from '../../api/network';

/** GraphML, GEXF (Gephi) and CSV downloads of the neighbourhood as filtered. */
export default function ExportButtons({ party, depth, filter }: { party: string; depth: number; filter: TradeFilter }) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const download = async (format: ExportFormat) => {
    setError(null);
    try {
      const { blob, name } = await network.export(format, party, depth, filter);
      const url = URL.createObjectURL(blob);
      const a = document.createElement('a');
      a.href = url;
      a.download = name;
      document.body.appendChild(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
    } catch (e) {
      setError((e as Error).message);
    }
  };
  return (
    <div className="export" role="group" aria-labelledby="export-title">
      <h2 id="export-title">{t('network.export')}</h2>
      <p className="hint">{t('network.exportScope')}</p>
      <div className="buttons">
        {exportFormats.map((f) => (
          <button key={f} type="button" className="secondary" onClick={() => void download(f)}>
            {t('network.exportAs', { format: f === 'csv' ? 'CSV' : f === 'gexf' ? 'GEXF' : 'GraphML' })}
          </button>
        ))}
      </div>
      {error && <p role="alert" className="error">{t('network.error', { message: error })}</p>}
    </div>
  );
}
