/**
 * @jest-environment jsdom
 *
 * Every key the add-in stores carries Office.context.partitionKey where Office gives one (Excel on the web),
 * as Microsoft's guidance on persisting add-in state says; without one (desktop) the key is as it was.
 */
import { defaultStore, storageKey } from '../../src/taskpane/storage';
import { SETTINGS_KEY, loadSettings, saveSettings, DEFAULT_SETTINGS } from '../../src/taskpane/settings';

afterEach(() => {
  delete (globalThis as { Office?: unknown }).Office;
  localStorage.clear();
});

it('prefixes every key with the partition key on the web', () => {
  (globalThis as { Office?: unknown }).Office = { context: { partitionKey: 'https://excel.officeapps.live.com|abc:' } };
  expect(saveSettings({ ...DEFAULT_SETTINGS, satisfactionMin: 90 }, defaultStore())).toBeNull();
  expect(Object.keys(localStorage)).toEqual([`https://excel.officeapps.live.com|abc:${SETTINGS_KEY}`]);
  expect(storageKey(SETTINGS_KEY)).toBe(`https://excel.officeapps.live.com|abc:${SETTINGS_KEY}`);
  expect(loadSettings(defaultStore()).satisfactionMin).toBe(90);
  // Another partition (another host page) does not see it.
  (globalThis as { Office?: unknown }).Office = { context: { partitionKey: 'other:' } };
  expect(loadSettings(defaultStore()).satisfactionMin).toBe(DEFAULT_SETTINGS.satisfactionMin);
});

it('keeps plain keys where Office has no partition key (desktop) or is not loaded yet', () => {
  saveSettings({ ...DEFAULT_SETTINGS, satisfactionMin: 70 }, defaultStore());
  (globalThis as { Office?: unknown }).Office = { context: {} };
  expect(loadSettings(defaultStore()).satisfactionMin).toBe(70);
  expect(Object.keys(localStorage)).toEqual([SETTINGS_KEY]);
});
