// Strings used across areas.
export default {
  "common.siteName": "SiapMitra",
} as const;
