// The planning dates' rule, on its own so the questionnaire (which checks the dates as they are typed) carries
// this message without the rest of the transfer messages. Merged into ./transfer.ts.
export default {
  "transfer.problem.endBeforeStart": "Tanggal berakhir kesepakatan tidak boleh sebelum tanggal penandatanganan.",
} as const;
