/**
 * What jsdom lacks and Fluent UI v9 uses: ResizeObserver (positioning of tooltips and popovers) and
 * matchMedia (reduced-motion queries); and TextDecoder, which browsers have. Import this first in a `@jest-environment jsdom` test. Also
 * registers the jest-dom matchers (toBeInTheDocument, toBeDisabled …).
 */
import '@testing-library/jest-dom';
import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from 'util';

// Browsers have TextDecoder (the workbook reader decodes XML with it); jsdom's global scope does not.
const g = globalThis as unknown as { TextDecoder?: unknown; TextEncoder?: unknown };
if (typeof g.TextDecoder === 'undefined') g.TextDecoder = NodeTextDecoder;
if (typeof g.TextEncoder === 'undefined') g.TextEncoder = NodeTextEncoder;

if (typeof window !== 'undefined') {
  if (!('ResizeObserver' in window)) {
    class ResizeObserverStub {
      observe(): void {}
      unobserve(): void {}
      disconnect(): void {}
    }
    (window as unknown as { ResizeObserver: unknown }).ResizeObserver = ResizeObserverStub;
    (globalThis as unknown as { ResizeObserver: unknown }).ResizeObserver = ResizeObserverStub;
  }
  if (!window.matchMedia) {
    window.matchMedia = (query: string) =>
      ({
        matches: false,
        media: query,
        onchange: null,
        addListener: () => undefined,
        removeListener: () => undefined,
        addEventListener: () => undefined,
        removeEventListener: () => undefined,
        dispatchEvent: () => false,
      }) as unknown as MediaQueryList;
  }
}
