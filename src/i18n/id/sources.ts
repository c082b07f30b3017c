// The sources of a page: the numbered list at its end and the footnote markers that point to it.
export default {
  "sources.heading": "Sumber",
  // The footnote marker's accessible name.
  "sources.marker": "Sumber {n}",
  // After the publisher: the mirror the document was read through.
  "sources.via": "diakses melalui {site}",
  // Followed by the date the source was checked.
  "sources.accessed": "Diakses",
} as const;
