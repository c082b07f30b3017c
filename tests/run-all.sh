#!/usr/bin/env bash
# `npm test`: every check, in the order that fails fastest. Builds the site once at the root base path and once
# under a sub-path, then runs the checks over dist/ and the browser tests against the first build.
set -euo pipefail
cd "$(dirname "$0")/.."
export ASTRO_TELEMETRY_DISABLED=1
step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }
start=$(date +%s)

step "Type check (astro check)"
npx astro check --minimumSeverity warning

step "Lint (ESLint) and format (Prettier)"
npx eslint .
npx prettier --check . --log-level warn

step "Unit tests (Vitest)"
npx vitest run

step "Build (base /)"
t0=$(date +%s)
npx astro build --silent
echo "build: $(( $(date +%s) - t0 )) s"

step "Build (base /kemitraan/ into dist-base)"
OUT_DIR=./dist-base BASE_PATH=/kemitraan/ ASTRO_CACHE_DIR=./node_modules/.astro-base npx astro build --silent

step "Checks over the built site (CSP, budgets, HTML, links)"
npx vitest run --config vitest.dist.config.ts

step "Browser tests (Playwright)"
npx playwright test

step "Lighthouse over nginx (accessibility, best practices, SEO = 100; performance reported)"
node tests/hosting/lighthouse.mjs --gate

echo "npm test: $(( $(date +%s) - start )) s"
