#!/usr/bin/env bash
# Builds the portal into target/classes/static for Maven to package (ADR 0012): npm ci when the lock
# file changed, then codegen from the printed schema, the type check and Vite's build, unless nothing
# they read changed since the last build (so that starting the demo does not rebuild an unchanged
# portal). Node 20.19 or newer from the PATH.
set -euo pipefail
cd "$(dirname "$0")"
node -e 'const [a,b]=process.versions.node.split(".").map(Number); if (a<20||(a===20&&b<19)) { console.error("The portal needs Node 20.19 or newer, found "+process.version); process.exit(1); }'
stamps=target/portal-build
mkdir -p "$stamps"
lock=$(sha256sum package-lock.json | cut -d' ' -f1)
if [[ ! -d node_modules || "$(cat "$stamps/lock" 2>/dev/null)" != "$lock" ]]; then
  npm ci --no-audit --no-fund --loglevel=error
  echo "$lock" > "$stamps/lock"
fi
inputs=$( (find web -path web/src/gql -prune -o -type f -print; echo schema.graphql package-lock.json codegen.ts tsconfig.json vite.config.ts build.sh) | sort | xargs sha256sum | sha256sum | cut -d' ' -f1)
if [[ -f target/classes/static/index.html && "$(cat "$stamps/inputs" 2>/dev/null)" == "$inputs" ]]; then
  echo "The portal is up to date."
  exit 0
fi
npm run --silent build
echo "$inputs" > "$stamps/inputs"
