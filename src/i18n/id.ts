// The Indonesian dictionary: every user-facing string of the site's code, one module per area (id/<area>.ts).
// Keys start with their area ("search.status.none"); "{name}" is a placeholder filled by t(key, { name }).
// Islands import their area's translator (src/i18n/<area>.ts) so a chunk carries only its own strings; pages use
// the merged dictionary through src/i18n/index.ts. src/lib never returns sentences, only codes and parameters.
// A second locale adds en/<area>.ts with the same keys.
import common from "./id/common";
import content from "./id/content";
import layout from "./id/layout";
import penilaian from "./id/penilaian";
import storage from "./id/storage";
import assessment from "./id/assessment";
import print from "./id/print";
import transfer from "./id/transfer";
import transferLink from "./id/transfer-link";
import resultPage from "./id/result-page";
import questionnaire from "./id/questionnaire";
import report from "./id/report";
import telaahan from "./id/telaahan";
import charts from "./id/charts";
import history from "./id/history";
import clear from "./id/clear";
import share from "./id/share";
import compare from "./id/compare";
import agreed from "./id/agreed";
import methodology from "./id/methodology";
import legal from "./id/legal";
import cases from "./id/cases";
import search, { searchPage } from "./id/search";
import about from "./id/about";
import register from "./id/register";
import guide from "./id/guide";
import mdx from "./id/mdx";
import sources from "./id/sources";
import glossary from "./id/glossary";
import home from "./id/home";
import notFound from "./id/not-found";
import offline from "./id/offline";
import registerTools from "./id/register-tools";

export const id = {
  ...common,
  ...content,
  ...layout,
  ...penilaian,
  ...storage,
  ...assessment,
  ...print,
  ...transfer,
  ...transferLink,
  ...resultPage,
  ...questionnaire,
  ...report,
  ...telaahan,
  ...charts,
  ...history,
  ...clear,
  ...share,
  ...compare,
  ...agreed,
  ...legal,
  ...methodology,
  ...cases,
  ...search,
  ...searchPage,
  ...about,
  ...register,
  ...guide,
  ...mdx,
  ...sources,
  ...glossary,
  ...home,
  ...notFound,
  ...offline,
  ...registerTools,
} as const;

export type MessageKey = keyof typeof id;
