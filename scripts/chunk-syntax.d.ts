export declare const ES5_SCRIPTS: RegExp;
export declare function shippedScripts(dir: string): string[];
export declare function parseError(source: string, ecmaVersion: number): string | null;
export declare function checkShippedSyntax(
  dir: string,
  ecmaVersion: number,
): {
  checked: Array<{ file: string; ecmaVersion: number }>;
  failures: Array<{ file: string; ecmaVersion: number; error: string; excerpt: string }>;
};
