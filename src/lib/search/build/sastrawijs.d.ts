// sastrawijs ships types, but its package "exports" map has no "types" condition, so TypeScript's bundler
// resolution cannot find them. Only what build/stemmer.ts uses is declared.
declare module "sastrawijs" {
  export class Stemmer {
    constructor(dictionary?: string[]);
    stem(word: string): string;
    /** The dictionary as an object whose keys are the root words. */
    print(): Record<string, string>;
  }
}
