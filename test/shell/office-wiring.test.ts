/**
 * The task pane's template gateway loads its implementation on first use, once, and tries again after a
 * failed load (a network hiccup must not break 模板 for the rest of the session).
 */
import { lazyTemplateGateway } from '../../src/taskpane/office-wiring';
import type { TemplateGateway } from '../../src/taskpane/template-api';

function fakeTemplates(calls: string[]): TemplateGateway {
  return {
    listPresets: () => {
      calls.push('listPresets');
      return [{ id: 'general', name: '通用' }];
    },
    insertTemplate: async (r) => {
      calls.push(`insert:${r.preset}`);
      return { sheetName: '新项目', syncs: 2 };
    },
    generateFromSummary: async () => ({ sheetNames: [], syncs: 3 }),
    updateSummary: async () => ({ sheetName: '申报表', syncs: 3 }),
  };
}

it('loads once, forwards every call, and retries a failed load', async () => {
  const calls: string[] = [];
  let loads = 0;
  const gateway = lazyTemplateGateway(async () => {
    loads++;
    if (loads === 1) throw new Error('ChunkLoadError: Loading chunk templates failed');
    return fakeTemplates(calls);
  });
  expect(loads).toBe(0); // nothing fetched until the 模板 view asks
  await expect(Promise.resolve(gateway.listPresets())).rejects.toThrow(/ChunkLoadError/);
  await expect(Promise.resolve(gateway.listPresets())).resolves.toEqual([{ id: 'general', name: '通用' }]);
  await expect(gateway.insertTemplate({ preset: 'general', framework: '2024' })).resolves.toMatchObject({ sheetName: '新项目' });
  await expect(gateway.updateSummary()).resolves.toMatchObject({ sheetName: '申报表' });
  expect(loads).toBe(2);
  expect(calls).toEqual(['listPresets', 'insert:general']);
});
