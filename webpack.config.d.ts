/** Types for the helpers webpack.config.js exports (used by tests and scripts). */
declare function config(env?: Record<string, string | boolean>, argv?: { mode?: string }): Promise<Record<string, unknown>>;
declare namespace config {
  const PAGE_SOURCES: Record<string, string>;
  const DEV_ORIGIN: string;
  const OFFICE_JS_CDN: string;
  const OFFICE_JS_CDN_21VIANET: string;
  const SHIPPED_ECMA_VERSION: number;
  function productionOrigin(raw: string | undefined | null): string | null;
  function rewriteManifest(xml: string, origin: string | null): string;
  function serveInfo(): { protocol: 'https' | 'http'; port: number; reason?: string } | null;
}
export = config;
