// The partnership kinds' labels on their own: the questionnaire needs these and no other content label.
import type { partnerTypes } from "../lib/content/schema/case-enums";
import partnerTypeLabels from "./id/content/partner-types";

export const partnerTypeLabel = (id: (typeof partnerTypes)[number]): string =>
  partnerTypeLabels[`content.partnerType.${id}`];
