/** A stable ref callback that focuses its element once, when it appears (confirmations, inline forms). */
export const focusOnMount = (el: HTMLElement | null): void => el?.focus();
