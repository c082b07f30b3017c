import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

// Published question banks are immutable: results name the version they were answered against and are always
// re-scored with that exact file. To change a bank, add `<id>@<next version>.yaml` and pin its hash here.
const published: Record<string, string> = {
  "kesehatan@1.yaml": "69ce05dd1eaefe3561868ab78527406f768f5477f07661f0e970049420de2986",
  "kesiapan@1.yaml": "22f5db57f16d5571079b12084dc3dc063e42033c60277170d065efda496d557e",
  "kesehatan@2.yaml": "42c88fa3b158172e255bd0a6a4ce39aedf8ec5c88224573e1a248da5129357ac",
  "kesiapan@2.yaml": "2b1f20a3e1dec2eb0fec3785c54eab1ca4319995476fb452475b2e7d29ec2ac5",
};

const dir = join(process.cwd(), "content/assessment");

describe("published question banks", () => {
  const files = readdirSync(dir).filter((f) => /@\d+\.yaml$/.test(f));

  it.each(Object.keys(published))("%s is unchanged", (file) => {
    const hash = createHash("sha256")
      .update(readFileSync(join(dir, file)))
      .digest("hex");
    expect(hash, `${file} changed: publish the change as a new version file instead`).toBe(published[file]);
  });

  it("every bank file is pinned", () => {
    expect(
      files.filter((f) => !(f in published)),
      "pin the hash of each new bank version here",
    ).toEqual([]);
  });
});
