// Public API of the search library (the header dialog, /cari/ and the case explorer use this).
export { normalize, words, contentWords, isStopWord } from "./normalize";
export { stemWord, type IsRoot } from "./affixes";
export { createQueryStemmer, type Stem } from "./query-stemmer";
export { compileSynonyms, type SynonymGroups } from "./synonyms";
export { analyseQuery, highlightTerms, type QueryConcept } from "./query";
export { highlight, type Segment } from "./highlight";
export { fuseOptions, searchKeys } from "./options";
export { parsePayload, type IndexPayload } from "./payload";
export {
  createEngine,
  createSiteEngine,
  type EnginePart,
  type EngineSource,
  type HitGroup,
  type SearchEngine,
  type SearchHit,
  type SearchOutcome,
} from "./engine";
export { recordTypeLabels, recordTypes, type RecordType, type SearchDoc, type SearchRecord } from "./types";
export { shardIds, shardOf, shardUrl, type ShardId } from "./shards";
export { payloadDocs } from "./payload";
export { groupHits } from "./groups";
