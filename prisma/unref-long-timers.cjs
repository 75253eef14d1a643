// Preloaded (node --require) into the Prisma CLI only: its WASM schema engine arms a 10-second timer
// at the end of `migrate deploy` that keeps the finished process alive. An unref'd timer still
// fires if anything else keeps the process busy; it just no longer holds an idle process open.
const originalSetTimeout = globalThis.setTimeout;
globalThis.setTimeout = function setTimeoutUnrefLong(callback, ms, ...args) {
  const timer = originalSetTimeout(callback, ms, ...args);
  if (typeof ms === "number" && ms >= 5000 && timer && typeof timer.unref === "function") timer.unref();
  return timer;
};
