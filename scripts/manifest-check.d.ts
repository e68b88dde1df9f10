export interface XmlNode {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
  text: string;
  parent: XmlNode | null;
  line: number;
}
export interface StructureResult {
  errors: string[];
  origin: string | null;
  base: string;
  urls: string[];
  functionNames: string[];
  icons: { url: string; size: number }[];
}
export type SchemaResult = { skipped: string } | { ok: boolean; status: number; output: string };
export declare const REQUIRED_ICON_SIZES: number[];
export declare function parseXml(xml: string): XmlNode;
export declare function readManifestFacts(
  manifestFile: string,
): Promise<{ info: import('office-addin-manifest').ManifestInfo; errors: string[] }>;
export declare function pngSize(file: string): { width: number; height: number } | null;
export declare function checkManifestStructure(
  xml: string,
  options?: { root?: string; pages?: Record<string, string> },
): StructureResult;
export declare function validateWithSchema(manifestFile: string, root?: string): SchemaResult;
export declare function officeSchemasDir(root?: string): string | null;
export declare function xmllintAvailable(): boolean;
