// Small icons beside flag texts. The text always carries the meaning; the icon only helps the eye find it.
const common = {
  "aria-hidden": "true" as const,
  focusable: "false" as const,
  width: 16,
  height: 16,
  viewBox: "0 0 16 16",
  class: "reg-icon",
};

/** A warning triangle: something is overdue or has lapsed. */
export const WarnIcon = () => (
  <svg {...common}>
    <path d="M8 1.5 15 14.5H1Z" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linejoin="round" />
    <path d="M8 6v4" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" />
    <circle cx="8" cy="12.2" r="0.9" fill="currentColor" />
  </svg>
);

/** A clock: something is coming up soon. */
export const ClockIcon = () => (
  <svg {...common}>
    <circle cx="8" cy="8" r="6.5" fill="none" stroke="currentColor" stroke-width="1.5" />
    <path d="M8 4.5V8l2.5 1.5" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linecap="round" />
  </svg>
);
