import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useTranslation } from 'react-i18next';
import { queueApi, type QueueRow } from '../../api/queue';
import './queue.css';
import Highlighted, { spansIn } from './Highlighted';
import DisposeForm from './DisposeForm';
import { descriptionColumn, findingsOf, partyHits, routeOf } from './rowFacts';

/** Rows fetched per request: 50 fill three screens; a row with its result is about 13 KB of JSON, so smaller pages answer sooner. */
const pageSize = 50;
const rowHeight = 58;

interface Props {
  /** The rows' endpoint: /v1/queue or /v1/jobs/{id}/rows. */
  source: string;
  /** The filters and sort, without offset and limit. */
  filters: URLSearchParams;
  /** Whether the caller may dispose (analyst and up); the server refuses others anyway. */
  canDispose: boolean;
  /** Opens a row's case. */
  onOpen: (row: QueueRow) => void;
  /** The table's accessible name. */
  label: string;
}

function typing(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

/** The rows of the queue or of a job, paged from the server as they scroll into view (only the visible rows are in the
 * page), with j/k to move, Enter to open the case and d to dispose. */
export default function RowTable({ source, filters, canDispose, onOpen, label }: Props) {
  const { t } = useTranslation();
  const key = `${source}?${filters.toString()}`;
  const [total, setTotal] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [selected, setSelected] = useState(0);
  const [disposing, setDisposing] = useState<QueueRow | null>(null);
  const [, setLoaded] = useState(0);
  const pages = useRef(new Map<number, QueueRow[]>());
  const inFlight = useRef(new Set<number>());
  const generation = useRef(0);
  const scroller = useRef<HTMLDivElement>(null);

  const load = useCallback(
    (page: number) => {
      if (pages.current.has(page) || inFlight.current.has(page)) return;
      inFlight.current.add(page);
      const asked = generation.current;
      const params = new URLSearchParams(filters);
      params.set('offset', String(page * pageSize));
      params.set('limit', String(pageSize));
      queueApi
        .rows(source, params)
        .then((answer) => {
          if (asked !== generation.current) return;
          pages.current.set(page, answer.rows);
          setTotal(answer.total);
          setError(null);
          setLoaded((n) => n + 1);
        })
        .catch((e: Error) => {
          if (asked === generation.current) setError(e.message);
        })
        .finally(() => inFlight.current.delete(page));
    },
    [filters, source],
  );

  // A new filter or source starts again from the first page.
  const reset = useCallback(() => {
    generation.current += 1;
    pages.current = new Map();
    inFlight.current = new Set();
    load(0);
  }, [load]);

  useEffect(() => {
    setTotal(null);
    setSelected(0);
    setDisposing(null);
    scroller.current?.scrollTo({ top: 0 });
    reset();
  }, [key, reset]);

  const virtualizer = useVirtualizer({
    count: total ?? 0,
    getScrollElement: () => scroller.current,
    estimateSize: () => rowHeight,
    overscan: 8,
  });
  const items = virtualizer.getVirtualItems();

  // Fetches the pages the visible rows fall in.
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? 0;
  useEffect(() => {
    if (total === null || total === 0) return;
    for (let page = Math.floor(first / pageSize); page <= Math.floor(last / pageSize); page++) load(page);
  }, [first, last, total, load]);

  const rowAt = useCallback((index: number) => pages.current.get(Math.floor(index / pageSize))?.[index % pageSize], []);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (typing(event.target) || event.altKey || event.ctrlKey || event.metaKey || total === null || total === 0) return;
      if (event.key === 'j' || event.key === 'k') {
        event.preventDefault();
        // The rows take the focus, so that Enter then opens the selected case rather than following a focused link.
        if (document.activeElement !== scroller.current) scroller.current?.focus({ preventScroll: true });
        setSelected((s) => {
          const next = Math.max(0, Math.min(total - 1, s + (event.key === 'j' ? 1 : -1)));
          virtualizer.scrollToIndex(next, { align: 'auto' });
          return next;
        });
      } else if (event.key === 'Enter' && !(event.target instanceof HTMLAnchorElement || event.target instanceof HTMLButtonElement)) {
        const row = rowAt(selected);
        if (row) {
          event.preventDefault();
          onOpen(row);
        }
      } else if (event.key === 'd' && canDispose) {
        const row = rowAt(selected);
        if (row) {
          event.preventDefault();
          setDisposing(row);
        }
      } else if (event.key === 'Escape') {
        setDisposing(null);
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [canDispose, onOpen, rowAt, selected, total, virtualizer]);

  const columns = useMemo(
    () => [
      t('queue.risk'),
      t('queue.status'),
      t('queue.description'),
      t('queue.hsCode'),
      t('queue.quantity'),
      t('queue.shipper'),
      t('queue.consignee'),
      t('queue.route'),
      t('queue.findings'),
      t('queue.parties'),
    ],
    [t],
  );

  return (
    <div className="rows">
      <p className="count" aria-live="polite" data-testid="row-count">
        {total === null ? t('queue.loading') : t('queue.count', { count: total })}
        {canDispose && total ? <span className="hint"> — {t('queue.keys')}</span> : total ? <span className="hint"> — {t('queue.keysViewer')}</span> : null}
      </p>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {disposing && (
        <section className="card dispose-panel" aria-label={t('dispose.title')}>
          <p>
            {t('queue.line', { line: disposing.line })}: {disposing.description}
          </p>
          <DisposeForm
            row={disposing}
            autoFocus
            onDone={() => {
              setDisposing(null);
              reset();
            }}
          />
          <button type="button" className="secondary" onClick={() => setDisposing(null)}>
            {t('dispose.cancel')}
          </button>
        </section>
      )}
      <div className="vtable" role="table" aria-label={label} aria-rowcount={(total ?? 0) + 1}>
        <div role="rowgroup" className="vhead">
          <div role="row" className="vrow" aria-rowindex={1}>
            {columns.map((c) => (
              <div role="columnheader" key={c}>
                {c}
              </div>
            ))}
          </div>
        </div>
        <div className="vbody" ref={scroller} role="rowgroup" tabIndex={0} aria-label={t('queue.scroll')} data-testid="rows">
          <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {items.map((item) => {
              const row = rowAt(item.index);
              const style = { position: 'absolute' as const, top: 0, left: 0, right: 0, height: item.size, transform: `translateY(${item.start}px)` };
              if (!row) {
                return (
                  <div role="row" className="vrow pending" key={item.key} style={style} aria-rowindex={item.index + 2}>
                    <div role="cell">…</div>
                  </div>
                );
              }
              const column = descriptionColumn(row);
              const hits = partyHits(row.result.findings ?? []);
              const findings = findingsOf(row, (basis) => t(`basis.${basis}`, basis));
              return (
                <div
                  role="row"
                  key={item.key}
                  style={style}
                  aria-rowindex={item.index + 2}
                  aria-current={item.index === selected ? 'true' : undefined}
                  className={`vrow risk-${row.risk}${item.index === selected ? ' selected' : ''}`}
                  data-row-id={row.id}
                  data-line={row.line}
                  onClick={() => setSelected(item.index)}
                  onDoubleClick={() => onOpen(row)}
                >
                  <div role="cell">
                    <span className={`risk risk-${row.risk}`}>{t(`queue.riskLevel.${row.risk}`, row.risk)}</span> <span className="score">{row.score.toFixed(2)}</span>
                  </div>
                  <div role="cell">
                    <span className={`status status-${row.status}`}>{t(`status.${row.status}`, row.status)}</span>
                    {row.raised && (
                      <span className="raised" title={row.raised.reason}>
                        {' '}
                        {t('queue.raised')}
                      </span>
                    )}
                  </div>
                  <div role="cell" className="desc">
                    <a
                      href={`/queue/${row.id}`}
                      onClick={(e) => {
                        e.preventDefault();
                        onOpen(row);
                      }}
                    >
                      {row.description && column ? (
                        <Highlighted text={row.description} spans={spansIn(row.description, column, row.result.findings ?? [])} />
                      ) : (
                        (row.description ?? t('queue.noDescription'))
                      )}
                    </a>
                  </div>
                  <div role="cell">{row.hs_code ?? '—'}</div>
                  <div role="cell">{row.quantity ?? '—'}</div>
                  <div role="cell" className="party">
                    {row.shipper ?? '—'}
                  </div>
                  <div role="cell" className="party">
                    {row.consignee ?? '—'}
                  </div>
                  <div role="cell">{routeOf(row) || '—'}</div>
                  <div role="cell" className="findings" title={findings.join('\n')}>
                    {findings.length === 0 ? '—' : findings.slice(0, 2).join('; ') + (findings.length > 2 ? ` +${findings.length - 2}` : '')}
                  </div>
                  <div role="cell" title={hits.map((h) => h.explanation).join('\n')}>
                    {hits.length === 0 ? '—' : t('queue.partyHits', { count: hits.length })}
                  </div>
                </div>
              );
            })}
          </div>
        </div>
      </div>
    </div>
  );
}
