// The figures at the top: how many partnerships end within 30 and 90 days, reviews overdue, entries lapsed.
import type { RegisterCounts } from "../../lib/register/list";
import { formatInteger } from "../../lib/site/format";
import { t } from "../../i18n/register";
import { ClockIcon, WarnIcon } from "./icons";

export function Counts({ counts }: { counts: RegisterCounts }) {
  const items = [
    { key: "register.counts.total" as const, n: counts.total, flag: false, icon: null },
    {
      key: "register.counts.within30" as const,
      n: counts.endingWithin30,
      flag: counts.endingWithin30 > 0,
      icon: ClockIcon,
    },
    { key: "register.counts.within90" as const, n: counts.endingWithin90, flag: false, icon: ClockIcon },
    {
      key: "register.counts.reviewsOverdue" as const,
      n: counts.reviewsOverdue,
      flag: counts.reviewsOverdue > 0,
      icon: WarnIcon,
    },
    { key: "register.counts.lapsed" as const, n: counts.lapsed, flag: counts.lapsed > 0, icon: WarnIcon },
  ];
  return (
    <section aria-labelledby="reg-counts-title" class="reg-counts">
      <h2 id="reg-counts-title">{t("register.counts.title")}</h2>
      <ul class="reg-count-list">
        {items.map(({ key, n, flag, icon: Icon }) => (
          <li key={key} class={flag ? "reg-count reg-count-flag" : "reg-count"}>
            <span class="reg-count-n">{formatInteger(n)}</span>{" "}
            <span class="reg-count-label">
              {Icon && n > 0 && <Icon />}
              {t(key)}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
