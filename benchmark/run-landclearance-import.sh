#!/usr/bin/env bash
# Import of a 20,000-household Excel list (≈ 30,000 plot rows): generate the file with SXSSF
# (benchmark/landclearance/HouseholdListGenerator.java), then time the read, the upload (read + check + keep) and the
# confirmation (re-read + re-check + write in one transaction) through the import service, with peak heap and GC per
# phase (src/test/java/vn/danvan/benchmark/LandClearanceImportBenchmark.java, skipped unless -Ddanvan.benchmark=true).
# The test starts its own embedded PostgreSQL. Results: benchmark/results/<date>-landclearance-import.md.
# About 3 minutes. BENCH_HOUSEHOLDS (20000), BENCH_HEAP (the test JVM's -Xmx, 1g) may be set.
set -euo pipefail
cd "$(dirname "$0")/.."

HOUSEHOLDS=${BENCH_HOUSEHOLDS:-20000}
HEAP=${BENCH_HEAP:-1g}
FILE=target/households-${HOUSEHOLDS}.xlsx
RESULTS=${BENCH_RESULTS:-benchmark/results/$(date +%F)-landclearance-import.md}

log() { printf '\n== %s  %s\n' "$(date +%T)" "$*"; }

log "classpath"
./mvnw -B -o -q dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=runtime

log "generating $FILE"
mkdir -p target
GEN_START=$(date +%s%N)
java -cp "$(cat target/bench-classpath.txt)" benchmark/landclearance/HouseholdListGenerator.java "$FILE" "$HOUSEHOLDS"
GEN_MS=$(( ($(date +%s%N) - GEN_START) / 1000000 ))

log "import benchmark (heap $HEAP)"
rm -f target/landclearance-import-benchmark.md
# The pom's surefire argLine is fixed; the forked test JVM takes its heap limit from JAVA_TOOL_OPTIONS.
JAVA_TOOL_OPTIONS="-Xmx$HEAP" ./mvnw -B -o test -Dspotless.check.skip=true -Dtest=LandClearanceImportBenchmark \
  -Dsurefire.failIfNoSpecifiedTests=false -Ddanvan.benchmark=true -Ddanvan.benchmark.file="$PWD/$FILE" \
  > target/landclearance-import-benchmark.log 2>&1 || true
grep -E "Tests run:|FAIL" target/landclearance-import-benchmark.log | head -3
test -s target/landclearance-import-benchmark.md || { echo "no results: see target/surefire-reports" >&2; exit 1; }

log "writing $RESULTS"
mkdir -p "$(dirname "$RESULTS")"
{
  echo "# Import of a ${HOUSEHOLDS}-household Excel list — $(date +%F)"
  echo
  echo "Machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)),"\
       "$(free -g | awk '/^Mem:/{print $2}') GB memory, $(uname -sr); test JVM -Xmx$HEAP; embedded PostgreSQL 15"\
       "started by the test on the same machine, stock settings."
  echo
  echo "Generating the file with SXSSF: ${GEN_MS} ms (including compiling the generator)."
  echo
  cat target/landclearance-import-benchmark.md
  echo
  echo "Inside the confirmation (the service's own log line):"
  echo
  grep -o "Imported [0-9]* households.*" target/landclearance-import-benchmark.log | sed 's/^/    /' || true
} > "$RESULTS"
cat "$RESULTS"
