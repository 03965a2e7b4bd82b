import { useEffect, useRef } from "react";
import * as echarts from "echarts/core";
import { SVGRenderer } from "echarts/renderers";
import {
  AriaComponent,
  GridComponent,
  LegendComponent,
  TooltipComponent,
} from "echarts/components";
import langNL from "echarts/lib/i18n/langNL.js";

echarts.use([SVGRenderer, AriaComponent, GridComponent, LegendComponent, TooltipComponent]);
// Time axes name their months the Dutch way, as the tables do.
echarts.registerLocale("NL", langNL);

type Part = Parameters<typeof echarts.use>[0];

interface Props {
  /** The chart types and components this option needs (imported per chart type). */
  parts: Part;
  option: echarts.EChartsCoreOption;
  /** What the chart shows; the table beside it has the same numbers. */
  label: string;
  height?: number;
  /** For charts that must not stretch, such as a quadrant model's square plane. */
  maxWidth?: number;
}

/** One ECharts chart, SVG-rendered; the caller renders its table next to it. */
export function EChart({ parts, option, label, height = 320, maxWidth }: Props) {
  const element = useRef<HTMLDivElement>(null);
  useEffect(() => {
    echarts.use(parts);
    const chart = echarts.init(element.current!, undefined, { renderer: "svg", locale: "NL" });
    chart.setOption({ aria: { enabled: true, label: { description: label } }, ...option });
    const resize = () => chart.resize();
    window.addEventListener("resize", resize);
    return () => {
      window.removeEventListener("resize", resize);
      chart.dispose();
    };
  }, [parts, option, label]);
  return (
    <div
      ref={element}
      className="chart"
      role="img"
      aria-label={label}
      data-chart-ready="true"
      style={{ height, maxWidth }}
    />
  );
}
