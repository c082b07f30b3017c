declare namespace App {
  interface Locals {
    /** Content file being rendered, so MDX components can name it in build errors. */
    contentFile?: string;
    /** Number of entries in that file's `sources`, so `<Sumber n>` can be checked. */
    sourceCount?: number;
    /** Tables rendered so far on the page, for unique region labels. */
    tableCount?: number;
  }
}
