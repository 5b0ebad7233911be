import { describe, expect, it } from '@jest/globals';
import { DEFAULT_AUDIT_SETTINGS, type AuditSettings } from '../../api/src/contracts/skills-audit.js';
import { cachedAuditSettings, type AuditSettingsStore } from '../../api/src/domain/audit/audit-settings.js';

function countingStore(): AuditSettingsStore & { reads: number; value: AuditSettings } {
  const store = {
    reads: 0,
    value: DEFAULT_AUDIT_SETTINGS,
    get: async () => {
      store.reads += 1;
      return store.value;
    },
    save: async (settings: AuditSettings) => {
      store.value = settings;
    },
  };
  return store;
}

describe('cachedAuditSettings', () => {
  it('reads the store once while the settings are fresh, and again once they are stale', async () => {
    const store = countingStore();
    let now = 0;
    const cached = cachedAuditSettings(store, 1_000, () => now);
    await cached.get();
    now = 999;
    await cached.get();
    expect(store.reads).toBe(1);
    now = 1_000;
    await cached.get();
    expect(store.reads).toBe(2);
  });

  it('sees its own save at once', async () => {
    const store = countingStore();
    const cached = cachedAuditSettings(store, 60_000, () => 0);
    await cached.get();
    await cached.save({ ...DEFAULT_AUDIT_SETTINGS, managersSeeLevels: true }, 'someone');
    expect((await cached.get()).managersSeeLevels).toBe(true);
  });

  it('does not keep a failed read', async () => {
    const store = countingStore();
    let fail = true;
    const cached = cachedAuditSettings({ ...store, get: () => (fail ? Promise.reject(new Error('database down')) : store.get()) }, 60_000, () => 0);
    await expect(cached.get()).rejects.toThrow('database down');
    fail = false;
    await expect(cached.get()).resolves.toEqual(DEFAULT_AUDIT_SETTINGS);
  });
});
