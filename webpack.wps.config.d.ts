import type { Configuration } from 'webpack';

declare function makeConfig(env?: Record<string, string | boolean>, argv?: { mode?: string }): Configuration;
declare namespace makeConfig {
  const WPS_TARGETS: string;
  const WPS_ECMA_VERSION: number;
}
export = makeConfig;
