import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { more, query, type NamedCount, type Overview as OverviewData } from '../api/more';
import { navigate } from '../router';
import Chart from '../components/overview/Chart';
import RankedLinks from '../components/overview/RankedLinks';

const risks = ['high', 'medium', 'low', 'none'] as const;
const riskColours: Record<string, string> = { high: '#a1151f', medium: '#b35c00', low: '#c9a400', none: '#8a96a3' };

/** Where a bar leads: the queue filtered by GET /v1/queue's own parameters (risk, party, jurisdiction), the knowledge base for a
 * substance (the queue has no substance filter), the audit log's dispositions for a decided outcome (the queue holds undecided rows). */
const links = {
  risk: (risk: string) => `/queue${query({ risk })}`,
  party: (party: string) => `/queue${query({ risk: 'high', party })}`,
  jurisdiction: (jurisdiction: string) => `/queue${query({ jurisdiction })}`,
  substance: (q: string) => `/kb${query({ q })}`,
  disposition: (name: string) => (name === 'undecided' ? '/queue' : `/audit${query({ action: 'row.dispose' })}`),
};

function bars(counts: NamedCount[], colour: string, series: string) {
  const names = counts.map((c) => c.name).reverse();
  return {
    tooltip: { trigger: 'item' },
    grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: names, axisLabel: { width: 180, overflow: 'truncate' } },
    series: [{ name: series, type: 'bar', data: counts.map((c) => c.rows).reverse(), itemStyle: { color: colour }, cursor: 'pointer' }],
  };
}

/** The team's work at a glance: risk over time, top shippers and consignees by high-risk rows, findings by jurisdiction and
 * substance, dispositions by outcome; every bar leads to the rows behind it. */
export default function Overview() {
  const { t } = useTranslation();
  const [data, setData] = useState<OverviewData | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    more.overview().then(setData).catch((e: Error) => setError(e.message));
  }, []);

  const options = useMemo(() => {
    if (!data) return null;
    const days = [...new Set(data.risk_by_day.map((d) => d.day))].sort();
    return {
      risk: {
        tooltip: { trigger: 'axis' },
        legend: { data: risks.map((r) => t(`risk.${r}`)), top: 0 },
        grid: { left: 8, right: 24, top: 32, bottom: 8, containLabel: true },
        xAxis: { type: 'category', data: days },
        yAxis: { type: 'value', minInterval: 1 },
        series: risks.map((r) => ({
          id: r,
          name: t(`risk.${r}`),
          type: 'bar',
          stack: 'rows',
          itemStyle: { color: riskColours[r] },
          data: days.map((day) => data.risk_by_day.find((d) => d.day === day && d.risk === r)?.rows ?? 0),
        })),
      },
      shippers: bars(data.top_shippers, '#1d4e89', t('overview.highRiskRows')),
      consignees: bars(data.top_consignees, '#5b3f8c', t('overview.highRiskRows')),
      jurisdictions: bars(data.jurisdictions, '#1d6b34', t('overview.rowsWithFindings')),
      substances: bars(data.substances, '#8a4b00', t('overview.rowsWithFindings')),
      dispositions: bars(data.dispositions.map((d) => ({ ...d, name: t(`overview.outcome.${d.name}`, d.name) })), '#4a5561', t('overview.rows')),
    };
  }, [data, t]);

  if (error) return <p role="alert" className="error">{error}</p>;
  if (!data || !options) return <p className="hint">…</p>;

  const riskOf = (label: string) => risks.find((r) => t(`risk.${r}`) === label) ?? 'high';
  const outcomeOf = (label: string) => data.dispositions.find((d) => t(`overview.outcome.${d.name}`, d.name) === label)?.name ?? label;
  const named = (counts: NamedCount[], to: (name: string) => string, text?: (name: string) => string) =>
    counts.map((c) => ({ name: c.name, rows: c.rows, to: to(c.name), text: text?.(c.name) }));
  const totalOf = (r: string) => data.risk_by_day.filter((d) => d.risk === r).reduce((s, d) => s + d.rows, 0);
  const panels: { id: keyof typeof options; title: string; pick: (series: string, name: string) => string; items: ReturnType<typeof named> }[] = [
    { id: 'risk', title: t('overview.riskOverTime'), pick: (series) => links.risk(riskOf(series)),
      items: risks.map((r) => ({ name: r, text: t(`risk.${r}`), rows: totalOf(r), to: links.risk(r) })) },
    { id: 'shippers', title: t('overview.topShippers'), pick: (_, name) => links.party(name), items: named(data.top_shippers, links.party) },
    { id: 'consignees', title: t('overview.topConsignees'), pick: (_, name) => links.party(name), items: named(data.top_consignees, links.party) },
    { id: 'jurisdictions', title: t('overview.byJurisdiction'), pick: (_, name) => links.jurisdiction(name),
      items: named(data.jurisdictions, links.jurisdiction) },
    { id: 'substances', title: t('overview.bySubstance'), pick: (_, name) => links.substance(name), items: named(data.substances, links.substance) },
    { id: 'dispositions', title: t('overview.byOutcome'), pick: (_, name) => links.disposition(outcomeOf(name)),
      items: named(data.dispositions, links.disposition, (n) => t(`overview.outcome.${n}`, n)) },
  ];

  return (
    <section className="overview">
      <h1>{t('overview.title')}</h1>
      <p className="hint" data-testid="overview-rows">{t('overview.total', { count: data.rows })}</p>
      {data.rows === 0 ? (
        <p>{t('overview.empty')}</p>
      ) : (
        <div className="chart-grid">
          {panels.map((p) => (
            <section key={p.id} className="card chart-card" aria-labelledby={`chart-${p.id}`} data-chart={p.id}>
              <h2 id={`chart-${p.id}`}>{p.title}</h2>
              <Chart option={options[p.id]} label={p.title} onPick={(series, name) => navigate(p.pick(series, name))} />
              <RankedLinks label={p.title} items={p.items} />
            </section>
          ))}
        </div>
      )}
    </section>
  );
}
