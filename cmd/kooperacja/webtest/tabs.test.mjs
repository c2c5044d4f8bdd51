// Unit tests of the two-tab rule (tabs.js) under Node: Node's own
// BroadcastChannel between "tabs" of one process, and a LockManager with
// the Web Locks semantics the module uses (exclusive, queued, ifAvailable,
// steal), written here since Node has none.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startTabs } from '../web/tabs.js';

// Locks is an exclusive Web Locks manager: one holder per name, the others
// queued in order.
class Locks {
  constructor() { this.held = new Map(); this.queue = new Map(); }
  request(name, options, cb) {
    if (typeof options === 'function') { cb = options; options = {}; }
    return new Promise((resolve, reject) => {
      const entry = { cb, resolve, reject };
      const q = this.queue.get(name) ?? [];
      this.queue.set(name, q);
      if (options.steal) {
        this.held.get(name)?.reject(new DOMException('stolen', 'AbortError'));
        this.held.delete(name);
        this.grant(name, entry);
      } else if (!this.held.has(name)) this.grant(name, entry);
      else if (options.ifAvailable) Promise.resolve(cb(null)).then(resolve, reject);
      else q.push(entry);
    });
  }
  grant(name, entry) {
    this.held.set(name, entry);
    Promise.resolve(entry.cb({ name })).then((v) => {
      if (this.held.get(name) !== entry) return;
      this.held.delete(name);
      entry.resolve(v);
      const next = this.queue.get(name)?.shift();
      if (next) this.grant(name, next);
    }, entry.reject);
  }
}

const tick = (ms = 100) => new Promise((r) => setTimeout(r, ms));

// until waits for cond() (messages between channels take their time).
async function until(cond, what, ms = 3000) {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) assert.fail(`timed out waiting for ${what}`);
    await tick(10);
  }
}

// MuteChannel is the channel of a tab that hears nothing and says nothing
// (hung, or its page frozen).
class MuteChannel {
  addEventListener() {}
  postMessage() {}
  close() {}
}

function tab(locks, name) {
  const log = [];
  const o = {
    log,
    saves: 0,
    saved: 0,
    start: () => startTabs({
      locks, id: name,
      onRole: (role, reason) => log.push(`${role}:${reason}`),
      beforeRelease: async () => { o.saves++; },
      onSaved: () => { o.saved++; },
    }),
  };
  return o;
}

test('the first tab edits; a second one is told and reads only', async () => {
  const locks = new Locks();
  const a = tab(locks, 'a');
  const b = tab(locks, 'b');
  const ta = await a.start();
  const tb = await b.start();
  assert.equal(ta.role(), 'editing');
  assert.equal(tb.role(), 'readonly');
  assert.deepEqual(b.log, ['readonly:start']);

  ta.saved();
  await until(() => b.saved === 1, 'the read-only tab to hear that the work was saved');
  tb.saved();
  await tick();
  assert.equal(a.saved, 0, 'a read-only tab never announces a save');
  ta.close();
  tb.close();
});

test('taking over: the editing tab saves, turns read-only, and hands over', async () => {
  const locks = new Locks();
  const a = tab(locks, 'a');
  const b = tab(locks, 'b');
  const ta = await a.start();
  const tb = await b.start();
  await tb.takeOver();
  assert.equal(tb.role(), 'editing');
  assert.equal(ta.role(), 'readonly');
  assert.equal(a.saves, 1, 'the editing tab saved before it handed over');
  assert.deepEqual(a.log, ['editing:start', 'readonly:lost']);
  assert.deepEqual(b.log, ['readonly:start', 'editing:taken']);
  // and back
  await ta.takeOver();
  assert.equal(ta.role(), 'editing');
  assert.equal(tb.role(), 'readonly');
  ta.close();
  tb.close();
});

test('when the editing tab closes, a waiting tab edits', async () => {
  const locks = new Locks();
  const a = tab(locks, 'a');
  const b = tab(locks, 'b');
  const ta = await a.start();
  const tb = await b.start();
  ta.close();
  await until(() => tb.role() === 'editing', 'the waiting tab to edit');
  assert.deepEqual(b.log, ['readonly:start', 'editing:freed']);
  tb.close();
});

test('an editing tab that does not answer loses the work to a takeover after a while', async () => {
  const locks = new Locks();
  const roles = [];
  const ta = await startTabs({ locks, Channel: MuteChannel, id: 'a', onRole: (r) => roles.push(r) });
  const b = tab(locks, 'b');
  const tb = await b.start();
  assert.equal(tb.role(), 'readonly');
  await tb.takeOver();
  assert.equal(tb.role(), 'editing');
  await until(() => ta.role() === 'readonly', 'the mute tab to lose the lock');
  assert.deepEqual(roles, ['editing', 'readonly']);
  ta.close();
  tb.close();
});

test('without Web Locks, the channel alone tells a second tab', async () => {
  const ta = await startTabs({ locks: null, id: 'a1' });
  const tb = await startTabs({ locks: null, id: 'b1' });
  assert.equal(ta.role(), 'editing');
  assert.equal(tb.role(), 'readonly');
  await tb.takeOver();
  assert.equal(tb.role(), 'editing');
  await until(() => ta.role() === 'readonly', 'the first tab to turn read-only');
  ta.close();
  tb.close();
});
