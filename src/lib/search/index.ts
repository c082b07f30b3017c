// Public API of the search library (the header dialog, /cari/ and the case explorer use this).
export { normalize, words, contentWords, isStopWord } from "./normalize";
export { stemWord, type IsRoot } from "./affixes";
export { createQueryStemmer, type Stem } from "./query-stemmer";
export { compileSynonyms, type SynonymGroups } from "./synonyms";
export { analyseQuery, type QueryConcept } from "./query";
export { dropQuestionWords, questionWords } from "./question-words";
export { type Segment } from "./highlight";
export { parsePayload, parseTextPayload, type IndexPayload, type TextPayload } from "./payload";
export {
  createEngine,
  createSiteEngine,
  DEFAULT_LIMIT,
  type SearchEngine,
  type SearchHit,
  type SearchOptions,
  type SearchOutcome,
} from "./engine";
export { recordTypes, type RecordType, type SearchDoc, type SearchUnit } from "./types";
export { inShard, shardIds, shardUrl, textUrl, type ShardId } from "./shards";
