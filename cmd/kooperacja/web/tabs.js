// One tab edits, the others read. The work in the browser's storage is one,
// so two tabs that both saved it would overwrite each other's edits
// silently. The first tab to open the work holds an exclusive Web Lock and
// edits it; a tab opened later is told that the work is open elsewhere and
// shows it read-only, refreshed whenever the editing tab saves. It may take
// over: it asks the editing tab (BroadcastChannel), which saves what it has
// and turns read-only in its turn, and then holds the lock. When the editing
// tab is closed, the lock passes by itself to a tab that waits for it,
// which becomes the editing tab and says so. Without Web Locks (an old
// browser) the channel alone decides: a new tab asks whether one edits.

export const LOCK = 'kooperacja-planner:work';
const CHANNEL = 'kooperacja-planner';
const HANDOVER_MS = 2000;
const HELLO_MS = 300;

// startTabs starts this tab's part. onRole(role, reason) is called on every
// change of role: role "editing" or "readonly"; reason "start", "taken"
// (this tab took over), "freed" (the editing tab closed), "lost" (another
// tab took over). beforeRelease() is awaited before this tab hands the work
// over (to save what it has); onSaved() runs in a read-only tab when the
// editing tab has saved. It resolves when the first role is known.
export async function startTabs({
  locks = globalThis.navigator?.locks, Channel = globalThis.BroadcastChannel,
  onRole = () => {}, beforeRelease = async () => {}, onSaved = () => {}, id = Math.random().toString(36).slice(2),
} = {}) {
  const channel = Channel ? new Channel(CHANNEL) : null;
  let role = null;
  let release = null; // resolves the held lock's promise
  let handedOver = null; // resolves when the editing tab has handed over
  let closed = false;

  const setRole = (r, reason) => {
    if (role === r) return;
    role = r;
    onRole(r, reason);
  };
  const post = (msg) => channel?.postMessage({ ...msg, from: id });

  // hold keeps the lock until release() is called or it is stolen.
  const hold = (reason) => new Promise((resolve) => {
    release = resolve;
    setRole('editing', reason);
    post({ type: 'editing' });
  });

  // wait queues for the lock: it comes when the editing tab closes or
  // hands over.
  const wait = () => {
    locks.request(LOCK, () => (closed || role === 'editing' ? undefined : hold(handedOver ? 'taken' : 'freed'))).catch(() => lost());
  };

  const lost = () => {
    release = null;
    if (closed) return;
    setRole('readonly', 'lost');
    if (locks) wait();
  };

  channel?.addEventListener('message', async (ev) => {
    const msg = ev.data || {};
    if (msg.from === id) return;
    if (msg.type === 'takeover' && role === 'editing') {
      await beforeRelease();
      post({ type: 'handover', to: msg.from });
      if (locks) {
        const r = release;
        release = null;
        setRole('readonly', 'lost');
        r?.();
        wait();
      } else {
        setRole('readonly', 'lost');
      }
    } else if (msg.type === 'handover' && msg.to === id) {
      handedOver?.();
    } else if (msg.type === 'saved' && role === 'readonly') {
      onSaved();
    } else if (msg.type === 'hello' && role === 'editing') {
      post({ type: 'editing' });
    } else if (msg.type === 'editing' && !locks && role === 'editing' && msg.from < id) {
      // without locks two tabs that started together settle on one
      setRole('readonly', 'lost');
    }
  });

  if (locks) {
    const got = await new Promise((resolve) => {
      locks.request(LOCK, { ifAvailable: true }, (lock) => {
        if (!lock) { resolve(false); return undefined; }
        resolve(true);
        return hold('start');
      }).catch(() => lost());
    });
    if (!got) {
      setRole('readonly', 'start');
      wait();
    }
  } else {
    const other = await new Promise((resolve) => {
      const onMsg = (ev) => { if (ev.data?.type === 'editing') resolve(true); };
      channel?.addEventListener('message', onMsg);
      post({ type: 'hello' });
      setTimeout(() => { channel?.removeEventListener('message', onMsg); resolve(false); }, channel ? HELLO_MS : 0);
    });
    setRole(other ? 'readonly' : 'editing', 'start');
    if (!other) post({ type: 'editing' });
  }

  return {
    role: () => role,

    // takeOver asks the editing tab to hand over and takes the work (at
    // the latest after HANDOVER_MS, when the other tab does not answer).
    async takeOver() {
      if (role === 'editing') return;
      const answered = new Promise((resolve) => { handedOver = resolve; });
      post({ type: 'takeover' });
      const ok = await Promise.race([answered, new Promise((r) => setTimeout(() => r(false), HANDOVER_MS))]);
      if (locks) {
        // the queued request gets the lock once it is handed over; if the
        // other tab did not answer, take the lock from it
        if (ok === false && role !== 'editing') {
          locks.request(LOCK, { steal: true }, () => hold('taken')).catch(() => lost());
        }
        await new Promise((resolve) => {
          const check = () => (role === 'editing' ? resolve() : setTimeout(check, 20));
          check();
        });
      } else {
        setRole('editing', 'taken');
        post({ type: 'editing' });
      }
      handedOver = null;
    },

    // saved tells the read-only tabs that the work in storage changed.
    saved() {
      if (role === 'editing') post({ type: 'saved' });
    },

    close() {
      closed = true;
      release?.();
      channel?.close();
    },
  };
}
