// The Host header check of the browser-edition server: a page on another site that rebinds its DNS
// name to 127.0.0.1 still sends its own name as Host, so answering only localhost names stops it
// from reading the bundle or the library through the user's browser.

const LOCAL_HOST = /^(localhost|127\.0\.0\.1)(:\d{1,5})?$/i;

/** True for `localhost` and `127.0.0.1`, with or without a port; false for anything else or none. */
export function isLocalHostHeader(host) {
  return typeof host === 'string' && LOCAL_HOST.test(host);
}
