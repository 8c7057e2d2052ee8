#!/usr/bin/env bash
# Nation-sized benchmark of DanVan on this machine (see benchmark/README.md):
# build → start the app on its own data dir and ports → generate the dataset → pgbench baseline → load scenario
# over loopback → benchmark/results/<date>-<cores>cores.md → stop the app. Everything stops by itself.
set -euo pipefail
cd "$(dirname "$0")/.."

OUT=benchmark/target
PORT=${PORT:-18080}
DB_PORT=${DANVAN_DB_EMBEDDED_PORT:-54339}
DATA=${DANVAN_DATA_DIR:-target/bench-data}
LEVELS=${BENCH_LEVELS:-1,8,32}
WARMUP=${BENCH_WARMUP:-40}
RAMP=${BENCH_RAMP:-5}
DURATION=${BENCH_DURATION:-45}
APP_HEAP=${BENCH_APP_HEAP:-2g}
APP_ARGS=${BENCH_APP_ARGS:-}   # extra Spring arguments for the app, e.g. to try a setting under the same load
DB_URL="jdbc:postgresql://localhost:${DB_PORT}/postgres"
PASSWORD=danvan-demo-2026
RESULTS=${BENCH_RESULTS:-benchmark/results/$(date +%F)-$(nproc)cores.md}
export PGPASSWORD=postgres

log() { printf '\n== %s  %s\n' "$(date +%T)" "$*"; }
psql_q() { psql -h 127.0.0.1 -p "$DB_PORT" -U postgres -d "${2:-postgres}" -tAc "$1"; }

mkdir -p "$OUT" benchmark/results

# 1. Build. Spotless is skipped: formatting is checked by the normal build, not needed to run the app, and other
# files may be mid-edit. The compiled classes are copied, so a rebuild during the run cannot change the app under us.
if [[ "${BENCH_SKIP_BUILD:-0}" != 1 ]]; then
  log "build"
  ./mvnw -q -B -o compile -Dspotless.check.skip=true
fi
if [[ ! -s $OUT/classpath.txt || pom.xml -nt $OUT/classpath.txt ]]; then
  ./mvnw -q -B -o dependency:build-classpath -Dmdep.outputFile="$OUT/classpath.txt" -Dmdep.includeScope=runtime
fi
CP=$(cat "$OUT/classpath.txt")
rm -rf "$OUT/app-classes" "$OUT/classes"
cp -r target/classes "$OUT/app-classes"
javac --release 17 -proc:none -encoding UTF-8 -cp "$OUT/app-classes:$CP" -d "$OUT/classes" \
  $(find benchmark/src -name '*.java')
BENCH_CP="$OUT/classes:$OUT/app-classes:$CP"

# 2. Start the app on a fresh bench database (so the first-start import is measured), unless asked to keep it.
if curl -fs -o /dev/null "http://127.0.0.1:${PORT}/actuator/health" 2>/dev/null; then
  echo "Something already answers on port ${PORT}; stop it or set PORT." >&2
  exit 1
fi
if [[ "${BENCH_KEEP_DATA:-0}" != 1 ]]; then
  rm -rf "$DATA"
fi
log "start the app (port ${PORT}, database port ${DB_PORT}, data in ${DATA})"
APP_LOG=$OUT/app.log
APP_STARTED=$(date +%s%N)
PORT=$PORT DANVAN_DATA_DIR=$DATA DANVAN_DB_EMBEDDED_PORT=$DB_PORT \
  java -Xms512m -Xmx"$APP_HEAP" -cp "$OUT/app-classes:$CP" vn.danvan.DanVanApplication \
  --danvan.security.sign-in-attempts-per-minute=100000 $APP_ARGS >"$APP_LOG" 2>&1 &
APP_PID=$!

stop_app() {
  if kill -0 "$APP_PID" 2>/dev/null; then
    log "stop the app (pid ${APP_PID})"
    kill "$APP_PID"
    for _ in $(seq 60); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 1; done
    if kill -0 "$APP_PID" 2>/dev/null; then
      kill -9 "$APP_PID"
      # The embedded PostgreSQL outlives a killed JVM: stop the one this run started, by its own pid file.
      if [[ -f $DATA/pg/postmaster.pid ]]; then kill -INT "$(head -1 "$DATA/pg/postmaster.pid")" 2>/dev/null || true; fi
    fi
  fi
}
trap stop_app EXIT

for i in $(seq 600); do
  if curl -fs "http://127.0.0.1:${PORT}/actuator/health" 2>/dev/null | grep -q '"UP"'; then break; fi
  if ! kill -0 "$APP_PID" 2>/dev/null; then
    echo "The app stopped while starting; see $APP_LOG" >&2
    tail -40 "$APP_LOG" >&2
    exit 1
  fi
  if (( i == 600 )); then echo "The app was not UP after 300 s; see $APP_LOG" >&2; exit 1; fi
  sleep 0.5
done
APP_UP_MS=$(( ($(date +%s%N) - APP_STARTED) / 1000000 ))
echo "UP after ${APP_UP_MS} ms"

# 3. The nation-sized dataset.
log "generate the dataset"
GEN_STARTED=$(date +%s%N)
java -cp "$BENCH_CP" vn.danvan.benchmark.NationDataset "$DB_URL" "$PASSWORD" | tee "$OUT/generator.log"
GEN_MS=$(( ($(date +%s%N) - GEN_STARTED) / 1000000 ))

# 4. pgbench on the same PostgreSQL, in its own database, as the reference for ratios (STACK.md).
PGBENCH_MD="pgbench not found: no baseline this run."
rm -f "$OUT"/pgbench-*.tps
if command -v pgbench >/dev/null; then
  log "pgbench baseline"
  if [[ -z $(psql_q "SELECT 1 FROM pg_database WHERE datname = 'pgbench'") ]]; then
    psql_q "CREATE DATABASE pgbench" >/dev/null
    pgbench -h 127.0.0.1 -p "$DB_PORT" -U postgres -i -s 10 -q pgbench 2>&1 | tail -1
  fi
  pgbench_run() { # label, args…
    local label=$1; shift
    local outp; outp=$(pgbench -h 127.0.0.1 -p "$DB_PORT" -U postgres "$@" pgbench 2>&1)
    local tps; tps=$(grep -oP 'tps = \K[0-9.]+(?= \(without)' <<<"$outp" | head -1)
    local lat; lat=$(grep -oP 'latency average = \K[0-9.]+' <<<"$outp" | head -1)
    echo "$label: ${tps} TPS, ${lat} ms" >&2
    echo "$tps" >"$OUT/pgbench-${label//[^a-zA-Z0-9]/_}.tps"
    printf '| %s | `pgbench %s` | %.0f | %s |\n' "$label" "$*" "$tps" "$lat"
  }
  PGBENCH_MD="| workload | command | TPS | mean latency ms |
|---|---|---:|---:|
$(pgbench_run "TPC-B, 8 clients" -c 8 -j 2 -T 15)
$(pgbench_run "select-only, 8 clients" -S -c 8 -j 2 -T 10)
$(pgbench_run "TPC-B, 1 client" -c 1 -j 1 -T 10)"
fi

# 5. The load scenario.
rm -f "$OUT/load.md"
PG_PID=$(head -1 "$DATA/pg/postmaster.pid" 2>/dev/null || echo 0)
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
TPCB8=$(cat "$OUT/pgbench-TPC_B__8_clients.tps" 2>/dev/null || echo 0)
SELECT8=$(cat "$OUT/pgbench-select_only__8_clients.tps" 2>/dev/null || echo 0)
log "load scenario (levels ${LEVELS}, ${WARMUP} s warm-up, ${RAMP}+${DURATION} s per level)"
java -Xmx1g -cp "$BENCH_CP" vn.danvan.benchmark.LoadScenario --base "http://127.0.0.1:${PORT}" --db "$DB_URL" \
  --password "$PASSWORD" --levels "$LEVELS" --warmup "$WARMUP" --ramp "$RAMP" --duration "$DURATION" \
  --pgbench-tpcb "$TPCB8" --pgbench-select "$SELECT8" --app-pid "$APP_PID" --pg-pid "$PG_PID" --out "$OUT/load.md"

# 6. The results file.
log "write ${RESULTS}"
count() { psql_q "SELECT count(*) FROM $1"; }
IMPORT_ROW=$(psql_q "SELECT unit_count || ' units, ' || lineage_count || ' lineage links, ' || gap_count
  || ' gaps in ' || duration_ms || ' ms (recorded ' || to_char(imported_at, 'YYYY-MM-DD HH24:MI') || ' UTC)'
  FROM admin_unit_import")
IMPORT_LOG=$(grep -oP 'Imported \d+ administrative units.*?in \d+ ms \(total with commit \d+ ms\)' "$APP_LOG" || true)
DEMO_LOG=$(grep -oP 'Demo province loaded in \d+ ms' "$APP_LOG" || true)
PG_START=$(grep -oP 'Embedded PostgreSQL started on port \d+ with data in .*? \(\K\d+(?= ms\))' "$APP_LOG" || true)
BOOT_LOG=$(grep -oP 'Started DanVanApplication in [0-9.]+ seconds' "$APP_LOG" || true)
{
  echo "# DanVan benchmark — $(date '+%F %H:%M %Z'), $(nproc) cores"
  echo
  DIRTY=""
  [[ -n $(git status --porcelain -- src pom.xml) ]] && DIRTY=", with uncommitted changes in src/ (work in progress of others)"
  echo "Made by \`benchmark/run.sh\` (see benchmark/README.md) on commit \`$(git rev-parse --short HEAD)\`${DIRTY}."
  echo
  echo "## Machine"
  echo
  echo "| | |"
  echo "|---|---|"
  echo "| CPU | $(nproc) × $(lscpu 2>/dev/null | grep -oP 'Model name:\s+\K.*' | head -1) (shared by load client, app and PostgreSQL) |"
  echo "| memory | $(awk '/MemTotal/ {printf "%.1f GB", $2/1024/1024}' /proc/meminfo) |"
  echo "| OS | $(uname -sr) |"
  echo "| Java | $(java -version 2>&1 | head -1); app heap -Xms512m -Xmx${APP_HEAP}, default GC |"
  echo "| PostgreSQL | $(psql_q 'SHOW server_version') embedded (zonky), shared_buffers $(psql_q 'SHOW shared_buffers'), fsync $(psql_q 'SHOW fsync'), synchronous_commit $(psql_q 'SHOW synchronous_commit') (the embedded server's settings) |"
  echo "| load average before the load scenario | ${LOAD_BEFORE} (1, 5, 15 min, with the app idle: mostly other work on the machine) |"
  echo "| app | Tomcat defaults, Hikari pool 20, sessions in PostgreSQL (Spring Session JDBC), Thymeleaf cache on; run from \`target/classes\` + $(tr ':' '\n' <"$OUT/classpath.txt" | wc -l) jars; extra arguments: \`--danvan.security.sign-in-attempts-per-minute=100000 ${APP_ARGS}\` |"
  echo
  echo "## Dataset"
  echo
  echo "| table | rows |"
  echo "|---|---:|"
  echo "| admin_unit (all eras) | $(count admin_unit) |"
  echo "| — current provinces / communes | $(psql_q "SELECT count(*) FILTER (WHERE level='PROVINCE') || ' / ' || count(*) FILTER (WHERE level='COMMUNE') FROM admin_unit WHERE era='CURRENT'") |"
  echo "| org_unit | $(count org_unit) |"
  echo "| person | $(count person) |"
  echo "| position | $(count position) |"
  echo "| user_account | $(count user_account) |"
  echo "| role_grant | $(count role_grant) |"
  echo "| bench accounts by role | $(psql_q "SELECT string_agg(role || ' ' || n, ', ' ORDER BY n DESC) FROM (SELECT g.role, count(*) n FROM role_grant g JOIN user_account a ON a.id = g.user_id WHERE a.username LIKE 'bench.%' GROUP BY g.role) r") |"
  echo
  echo "Database size after generation: $(psql_q "SELECT pg_size_pretty(pg_database_size('postgres'))")."
  echo
  echo "## Start-up and generation"
  echo
  echo "| step | time |"
  echo "|---|---|"
  echo "| embedded PostgreSQL start | ${PG_START:-?} ms |"
  echo "| administrative-unit import on first start (AdminUnitImport) | ${IMPORT_ROW} |"
  [[ -n $IMPORT_LOG ]] && echo "| — as logged this run | ${IMPORT_LOG} |"
  [[ -n $DEMO_LOG ]] && echo "| demo province (Hưng Yên) | ${DEMO_LOG#Demo province loaded in } |"
  echo "| application start (Spring) | ${BOOT_LOG#Started DanVanApplication in } |"
  echo "| launch → /actuator/health UP | ${APP_UP_MS} ms |"
  echo "| dataset generator (JVM start + COPY + ANALYZE) | ${GEN_MS} ms |"
  echo
  echo '```'
  cat "$OUT/generator.log"
  echo '```'
  echo
  echo "## Baseline: pgbench on the same PostgreSQL"
  echo
  echo "Same server, its own database \`pgbench\` (scale 10), run while the app was idle; the reference the numbers"
  echo "below are compared to, since this machine is shared and noisy (STACK.md)."
  echo
  echo "$PGBENCH_MD"
  echo
  cat "$OUT/load.md"
} >"$RESULTS"
echo "Results in $RESULTS"
