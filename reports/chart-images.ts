import { existsSync } from "node:fs";
import { Resvg } from "@resvg/resvg-js";
import * as echarts from "echarts";

/**
 * The web application's charts as PNG images for the workbook: the same option builders
 * (charts/), rendered by ECharts on the server to SVG and by resvg to PNG. resvg draws text only
 * with the fonts it is given, so it gets one font file and no system fonts: the image is the
 * same on every machine that has that file. A font named in the configuration must exist; when
 * none is named and Debian's DejaVu Sans is absent (a developer's Mac), the system's fonts are
 * used, so an export on a fresh machine still works.
 */
export const DEFAULT_CHART_FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
const FONT_FAMILY = "DejaVu Sans";
/** Pixels are doubled in the PNG so the image stays sharp when Excel zooms or prints it. */
const PIXEL_RATIO = 2;

export class ChartFontError extends Error {}

export interface ChartImage {
  png: Buffer;
  /** Size in screen pixels (the PNG has twice as many). */
  width: number;
  height: number;
}

function fontOptions(font: string | undefined) {
  if (font === undefined && !existsSync(DEFAULT_CHART_FONT)) {
    return { loadSystemFonts: true, sansSerifFamily: "Helvetica", defaultFontFamily: "Arial" };
  }
  const file = font ?? DEFAULT_CHART_FONT;
  checkChartFont(file);
  return { fontFiles: [file], loadSystemFonts: false, defaultFontFamily: FONT_FAMILY };
}

export function checkChartFont(font: string) {
  if (!existsSync(font)) {
    throw new ChartFontError(
      `the workbook's charts need a font and ${font} does not exist: install Debian's fonts-dejavu-core, or set KWADRANT_CHART_FONT to a TrueType font file`,
    );
  }
}

export function renderChart(
  option: object,
  size: { width: number; height: number },
  font?: string,
): ChartImage {
  const fonts = fontOptions(font);
  const chart = echarts.init(null, null, { renderer: "svg", ssr: true, ...size });
  try {
    chart.setOption({
      ...option,
      animation: false,
      backgroundColor: "#ffffff",
      textStyle: { fontFamily: FONT_FAMILY },
      // an image has no pointer: no tooltip, and a legend that lists every series at once
      tooltip: undefined,
      ...("legend" in option ? { legend: { ...(option.legend as object), type: "plain" } } : {}),
    });
    const svg = chart.renderToSVGString();
    const png = new Resvg(svg, {
      font: fonts,
      fitTo: { mode: "zoom", value: PIXEL_RATIO },
    })
      .render()
      .asPng();
    return { png, ...size };
  } finally {
    chart.dispose();
  }
}
