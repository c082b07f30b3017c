// Bundled for the page in bench/search.ts: parse the index and time keystrokes inside Chromium.
import { measureKeystrokes } from "./search-keystrokes";

(globalThis as unknown as { benchSearch: unknown }).benchSearch = measureKeystrokes;
