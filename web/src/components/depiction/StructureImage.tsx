import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { more } from '../../api/more';

/** A structure drawn by the server (POST /v1/depict), with the given atoms highlighted. The SVG is shown through an img with a
 * data: URL, never put into the page's DOM: an image cannot run script or reach the page, whatever the drawing holds. */
export default function StructureImage({ smiles, atoms = [], legend, label }: { smiles: string; atoms?: number[]; legend?: string; label: string }) {
  const { t } = useTranslation();
  const [src, setSrc] = useState<string | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const key = `${smiles}|${atoms.join(',')}|${legend ?? ''}`;

  useEffect(() => {
    let live = true;
    setSrc(null);
    setFailed(null);
    more
      .depict(smiles, atoms, legend)
      .then((svg) => live && setSrc(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`))
      .catch((e: Error) => live && setFailed(e.message));
    return () => {
      live = false;
    };
    // The key stands for smiles, atoms and legend: an array is a new object on every render.
  }, [key]);

  if (failed) return <p className="hint">{t('depiction.failed', { message: failed })}</p>;
  if (!src) return <div className="depiction pending" aria-busy="true" />;
  return <img className="depiction" src={src} alt={label} width={400} height={300} data-atoms={atoms.join(',')} />;
}
