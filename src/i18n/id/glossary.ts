// The glossary /glosarium/.
export default {
  "glossary.title": "Glosarium",
  "glossary.description":
    "Istilah kemitraan pemerintah dalam bahasa sederhana: KPBU, PJPK, KSDD, MoU, PKS, walidata, dan lainnya.",
  "glossary.intro": "{n} istilah yang sering muncul dalam kemitraan instansi pemerintah, disusun menurut abjad.",
  "glossary.letters": "Indeks huruf",
  // Followed by a link to the guide.
  "glossary.seeAlso": "Baca juga:",
  // Followed by the linked source, its publisher and (sources.via) the mirror.
  "glossary.source": "Sumber:",
} as const;
