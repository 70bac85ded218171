#!/usr/bin/env bash
# Runs every test: unit tests and integration tests against a real, disposable PostgreSQL cluster
# (started by the tests themselves from the machine's binaries, or ENERGYSAVING_TEST_DB when set).
# Ends with one line: "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")"

command -v dotnet >/dev/null || { echo "The .NET SDK 10 is required (dotnet not found on PATH)." >&2; echo "0 passed, 1 failed"; exit 1; }
RESULTS="$PWD/artifacts/test-results"
rm -rf "$RESULTS"
mkdir -p "$RESULTS"

dotnet tool restore >/dev/null
# The outside OpenAPI linter (Redocly CLI, pinned in .devtools/redocly/package-lock.json), run by OpenApiLintTests.
if command -v npm >/dev/null; then
  npm ci --prefix .devtools/redocly --no-audit --no-fund --loglevel=error >/dev/null || echo "npm ci in .devtools/redocly failed: OpenApiLintTests will say so." >&2
else
  echo "npm (Node.js 20+) is missing: OpenApiLintTests will fail until it is installed." >&2
fi
dotnet build EnergySaving.sln -c Release -nologo -v quiet -clp:ErrorsOnly
build_rc=$?
if [ $build_rc -ne 0 ]; then
  echo "Build failed."
  echo "0 passed, 1 failed"
  exit 1
fi

dotnet test EnergySaving.sln -c Release --no-build -nologo \
  --logger "trx" --logger "console;verbosity=minimal" --results-directory "$RESULTS" "$@"
test_rc=$?

passed=0; failed=0; total=0
for trx in "$RESULTS"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")
  f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  t=$(sed -n 's/.* total="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0})); total=$((total + ${t:-0}))
done
# A test run that crashed before writing results, or that found no test, is a failure.
if [ $test_rc -ne 0 ] && [ $failed -eq 0 ]; then failed=1; fi
if [ $total -eq 0 ]; then failed=$((failed > 0 ? failed : 1)); fi
echo "$passed passed, $failed failed"
[ $failed -eq 0 ] && [ $test_rc -eq 0 ]
