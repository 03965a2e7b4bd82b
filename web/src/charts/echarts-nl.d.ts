// ECharts ships its Dutch locale (month and weekday names, aria texts) without types; it has
// the shape of the built-in English one.
declare module "echarts/lib/i18n/langNL.js" {
  const locale: Parameters<typeof import("echarts/core").registerLocale>[1];
  export default locale;
}
