/**
 * Moved: the gateway contract is host-neutral now and lives in src/host/contract.ts (Excel and WPS both
 * implement it). This re-export keeps imports of the old path compiling; new code imports src/host/contract.
 */
export * from '../host/contract';
