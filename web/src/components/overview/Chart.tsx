import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import * as echarts from 'echarts/core';
import { BarChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

// Only what the overview draws is bundled: bars, axes, legend, tooltip, the aria description, SVG output.
echarts.use([BarChart, GridComponent, LegendComponent, TooltipComponent, AriaComponent, SVGRenderer]);

// The page's own fonts: a Chinese name on an axis is drawn with the bundled Noto Sans SC like the rest of the page.
const fontFamily = "system-ui, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans SC', sans-serif";

/** One echarts chart; a click on a bar calls <paramref name="onPick"/> with that bar's series and category. */
export default function Chart({ option, onPick, label, height = 280 }: {
  option: echarts.EChartsCoreOption;
  onPick: (series: string, category: string) => void;
  label: string;
  height?: number;
}) {
  const { t } = useTranslation();
  const box = useRef<HTMLDivElement>(null);
  const pick = useRef(onPick);
  pick.current = onPick;

  useEffect(() => {
    const chart = echarts.init(box.current!, undefined, { renderer: 'svg' });
    chart.on('click', (params) => pick.current(String(params.seriesName ?? ''), String(params.name ?? '')));
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, []);

  // The description echarts would make up is in English ("This is a chart…"), whatever the page's language: it is given in
  // the UI's language instead, and points to the ranked list beside the chart, which names every bar with its count.
  const description = t('overview.chartDescription', { title: label });
  useEffect(() => {
    echarts.getInstanceByDom(box.current!)?.setOption({ aria: { enabled: true, label: { description } }, animation: false, textStyle: { fontFamily }, ...option }, true);
  }, [option, description]);

  return <div className="chart" ref={box} style={{ height }} role="img" aria-label={label} />;
}
