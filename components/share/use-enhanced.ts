import { useSyncExternalStore } from "react";

const noSubscription = () => () => {};

/**
 * False on the server and during hydration, true once the component runs in a browser: the server
 * renders the no-JavaScript version, and the browser turns it into the enhanced one.
 */
export function useEnhanced(): boolean {
  return useSyncExternalStore(noSubscription, () => true, () => false);
}

/** The same for a capability of the browser (`navigator.share`, the clipboard): false until known. */
export function useBrowserCan(test: () => boolean): boolean {
  return useSyncExternalStore(noSubscription, test, () => false);
}
