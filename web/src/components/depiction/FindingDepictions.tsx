import { useTranslation } from 'react-i18next';
import type { CheckResult } from '../../api/check';
import StructureImage from './StructureImage';

/** The checked structure drawn once per distinct set of matched atoms, each with the findings that matched those atoms; the
 * plain structure when no finding names atoms (a name or CAS RN match). */
export default function FindingDepictions({ result }: { result: CheckResult }) {
  const { t } = useTranslation();
  if (!result.structure) return null;
  const groups = new Map<string, { atoms: number[]; findings: string[] }>();
  for (const f of result.findings) {
    if (f.matched_atoms.length === 0) continue;
    const atoms = [...new Set(f.matched_atoms)].sort((a, b) => a - b);
    const key = atoms.join(',');
    const group = groups.get(key) ?? { atoms, findings: [] };
    const label = `${f.jurisdiction} · ${f.substance}`;
    if (!group.findings.includes(label)) group.findings.push(label);
    groups.set(key, group);
  }
  const smiles = result.structure.smiles;
  return (
    <section className="depictions" aria-label={t('depiction.title')}>
      <h3>{t('depiction.title')}</h3>
      <div className="depiction-list">
        {groups.size === 0 ? (
          <figure>
            <StructureImage smiles={smiles} label={t('depiction.plain', { smiles })} />
            <figcaption>{t('depiction.noAtoms')}</figcaption>
          </figure>
        ) : (
          [...groups.values()].map((g) => (
            <figure key={g.atoms.join(',')} data-testid="finding-depiction">
              <StructureImage smiles={smiles} atoms={g.atoms} label={t('depiction.matched', { findings: g.findings.join('; '), count: g.atoms.length })} />
              <figcaption lang={g.findings.some((f) => f.startsWith('CN')) ? 'zh-Hans' : undefined}>
                {g.findings.join('; ')} — {t('depiction.atoms', { count: g.atoms.length })}
              </figcaption>
            </figure>
          ))
        )}
      </div>
    </section>
  );
}
