import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Editor } from 'ketcher-react';
import type { Ketcher } from 'ketcher-core';
// The build whose Indigo engine is a separate .wasm file (the default inlines it in the script as base64, a third larger).
import { StandaloneStructServiceProvider } from 'ketcher-standalone/dist/binaryWasm';
import 'ketcher-react/dist/index.css';

// The structure engine (Indigo, WebAssembly) runs in the browser: drawing needs no server and no network.
const structServiceProvider = new StandaloneStructServiceProvider();

/** Ketcher, loaded only when the Check page shows it; hands the drawing's molfile to <paramref name="onMolfile"/>. */
export default function Sketcher({ onMolfile }: { onMolfile: (molfile: string) => void }) {
  const { t } = useTranslation();
  const ketcher = useRef<Ketcher | null>(null);
  const [error, setError] = useState<string | null>(null);

  const useDrawing = async () => {
    setError(null);
    const editor = ketcher.current;
    if (!editor) return;
    if (!editor.containsReaction() && (await editor.getSmiles()).trim() === '') {
      setError(t('check.drawingEmpty'));
      return;
    }
    onMolfile(await editor.getMolfile());
  };

  return (
    <div className="sketcher">
      <div className="ketcher-box" data-testid="ketcher">
        <Editor
          staticResourcesUrl=""
          structServiceProvider={structServiceProvider}
          errorHandler={(message: string) => setError(message)}
          onInit={(instance: Ketcher) => {
            ketcher.current = instance;
            (window as unknown as { ketcher?: Ketcher }).ketcher = instance;
          }}
        />
      </div>
      {error && <p role="alert" className="error">{error}</p>}
      <button type="button" className="secondary" onClick={() => void useDrawing()}>
        {t('check.useDrawing')}
      </button>
    </div>
  );
}
