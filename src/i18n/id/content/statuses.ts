// Case statuses.
export default {
  "content.status.berjalan": "Berjalan",
  "content.status.selesai": "Selesai",
  "content.status.dihentikan": "Dihentikan",
} as const;
