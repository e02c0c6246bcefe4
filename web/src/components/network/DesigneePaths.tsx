import { useTranslation } from 'react-i18next';
import type { NetworkPath } from '../../api/network';

/** Shortest paths to designees, each step with the edge it takes and that edge's evidence. */
export default function DesigneePaths({ paths, maxHops, onCentre, testId = 'designee-paths' }: { paths: NetworkPath[]; maxHops: number; onCentre: (id: string) => void; testId?: string }) {
  const { t } = useTranslation();
  if (paths.length === 0) return <p className="hint">{t('network.noPaths', { hops: maxHops })}</p>;
  return (
    <ol className="paths" data-testid={testId}>
      {paths.map((path) => {
        const target = path.nodes[path.nodes.length - 1];
        return (
          <li key={path.nodes.map((n) => n.id).join('>')} className="path">
            <p>
              <strong>{target?.label}</strong> {target?.list && <span className="hint">({target.list} {target.entry_id})</span>} — {t('network.hops', { count: path.hops })}
            </p>
            <ol className="steps">
              {path.nodes.map((node, i) => {
                const via = i > 0 ? path.edges[i - 1] : undefined;
                return (
                  <li key={node.id}>
                    {via && (
                      <p className="via">
                        <span className="edge-kind">{t(`network.edgeKinds.${via.kind}`, via.kind)}</span>
                        {via.rows ? ` (${via.rows})` : ''}: <span className="evidence">{via.evidence}</span>
                      </p>
                    )}
                    <button type="button" className="link" onClick={() => onCentre(node.id)} title={t('network.centre')}>
                      {node.label}
                    </button>{' '}
                    <span className="hint">{t(`network.kinds.${node.kind}`, node.kind)}</span>
                  </li>
                );
              })}
            </ol>
          </li>
        );
      })}
    </ol>
  );
}
