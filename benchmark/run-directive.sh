#!/usr/bin/env bash
# Ten years of one province's directives and tasks under load (see benchmark/README.md, "Directive pages"):
# build → start the app on its own data dir and ports (demo mode: Hưng Yên) → generate ≈200 documents, 20,000 tasks,
# 200,000 progress reports → restart with pg_stat_statements → pgbench baseline → load scenario over loopback →
# EXPLAIN ANALYZE of the pages' queries → benchmark/results/<date>-directive-<cores>cores.md → stop the app.
# Everything stops by itself; about 6 minutes with the defaults.
set -euo pipefail
cd "$(dirname "$0")/.."

OUT=benchmark/target/directive
PORT=${PORT:-18090}
DB_PORT=${DANVAN_DB_EMBEDDED_PORT:-54349}
DATA=${DANVAN_DATA_DIR:-target/bench-directive-data}
LEVELS=${BENCH_LEVELS:-1,8,32}
WARMUP=${BENCH_WARMUP:-40}
RAMP=${BENCH_RAMP:-5}
DURATION=${BENCH_DURATION:-45}
APP_HEAP=${BENCH_APP_HEAP:-2g}
APP_ARGS=${BENCH_APP_ARGS:-}        # extra Spring arguments for the app, e.g. to try a setting under the same load
NATION=${BENCH_NATION:-0}           # 1: also the nation-sized organisations and accounts (NationDataset), ≈ 10 s more
PGSS=${BENCH_PGSS:-1}               # 0: no restart with pg_stat_statements (no per-statement table in the results)
JFR=${BENCH_JFR:-1}                 # 0: no flight recording of the app during the load
# Spring MVC + Security + Thymeleaf stacks are deeper than JFR's default 64 frames; keep whole stacks.
JFR_OPTIONS=""
[[ $JFR == 1 ]] && JFR_OPTIONS="-XX:FlightRecorderOptions=stackdepth=512"
DOCUMENTS=${BENCH_DOCUMENTS:-200}
TASKS=${BENCH_TASKS:-20000}
REPORTS=${BENCH_REPORTS_PER_TASK:-10}
DB_URL="jdbc:postgresql://localhost:${DB_PORT}/postgres"
PASSWORD=danvan-demo-2026
RESULTS=${BENCH_RESULTS:-benchmark/results/$(date +%F)-directive-$(nproc)cores.md}
export PGPASSWORD=postgres

log() { printf '\n== %s  %s\n' "$(date +%T)" "$*"; }
psql_q() { psql -X -h 127.0.0.1 -p "$DB_PORT" -U postgres -d "${2:-postgres}" -tAc "$1"; }

mkdir -p "$OUT" benchmark/results

# 1. Build, as run.sh does: the compiled classes are copied, so a rebuild during the run cannot change the app.
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

# 2. Start the app on a fresh bench database, unless asked to keep it.
if curl -fs -o /dev/null "http://127.0.0.1:${PORT}/actuator/health" 2>/dev/null; then
  echo "Something already answers on port ${PORT}; stop it or set PORT." >&2
  exit 1
fi
if [[ "${BENCH_KEEP_DATA:-0}" != 1 ]]; then
  rm -rf "$DATA"
fi
APP_LOG=$OUT/app.log
APP_PID=0

start_app() {
  log "start the app (port ${PORT}, database port ${DB_PORT}, data in ${DATA})"
  local started; started=$(date +%s%N)
  PORT=$PORT DANVAN_DATA_DIR=$DATA DANVAN_DB_EMBEDDED_PORT=$DB_PORT \
    java -Xms512m -Xmx"$APP_HEAP" $JFR_OPTIONS -cp "$OUT/app-classes:$CP" vn.danvan.DanVanApplication \
    --danvan.security.sign-in-attempts-per-minute=100000 $APP_ARGS >>"$APP_LOG" 2>&1 &
  APP_PID=$!
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
  UP_MS=$(( ($(date +%s%N) - started) / 1000000 ))
  echo "UP after ${UP_MS} ms (pid ${APP_PID})"
}

stop_app() {
  if (( APP_PID > 0 )) && kill -0 "$APP_PID" 2>/dev/null; then
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

: >"$APP_LOG"
start_app
FIRST_UP_MS=$UP_MS

# 3. The datasets: optionally the nation's organisations and accounts, then the province's ten years of directives.
NATION_LOG=""
if [[ $NATION == 1 ]]; then
  log "nation-sized organisations and accounts (NationDataset)"
  java -cp "$BENCH_CP" vn.danvan.benchmark.NationDataset "$DB_URL" "$PASSWORD" | tee "$OUT/nation.log"
  NATION_LOG=$(cat "$OUT/nation.log")
fi
log "generate the province's directives (ProvinceDirectiveDataset)"
GEN_STARTED=$(date +%s%N)
java -cp "$BENCH_CP" vn.danvan.benchmark.ProvinceDirectiveDataset "$DB_URL" "$DOCUMENTS" "$TASKS" "$REPORTS" \
  | tee "$OUT/generator.log"
GEN_MS=$(( ($(date +%s%N) - GEN_STARTED) / 1000000 ))

# 4. pg_stat_statements needs shared_preload_libraries, so a restart of the (embedded) server, i.e. of the app.
RESTART_MS=""
if [[ $PGSS == 1 && $(psql_q "SHOW shared_preload_libraries") != *pg_stat_statements* ]]; then
  psql_q "ALTER SYSTEM SET shared_preload_libraries = 'pg_stat_statements'" >/dev/null
  stop_app
  start_app
  RESTART_MS=$UP_MS
fi
if [[ $PGSS == 1 ]]; then
  psql_q "CREATE EXTENSION IF NOT EXISTS pg_stat_statements" >/dev/null
fi

# 5. pgbench on the same PostgreSQL, in its own database, as the reference for ratios (same as run.sh).
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

# 6. The load scenario.
rm -f "$OUT/load.md"
PG_PID=$(head -1 "$DATA/pg/postmaster.pid" 2>/dev/null || echo 0)
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
TPCB8=$(cat "$OUT/pgbench-TPC_B__8_clients.tps" 2>/dev/null || echo 0)
SELECT8=$(cat "$OUT/pgbench-select_only__8_clients.tps" 2>/dev/null || echo 0)
rm -f "$OUT/app.jfr" "$OUT/jfr.md"
if [[ $JFR == 1 ]]; then
  jcmd "$APP_PID" JFR.start name=bench settings=profile >/dev/null
fi
log "load scenario (levels ${LEVELS}, ${WARMUP} s warm-up, ${RAMP}+${DURATION} s per level)"
java -Xmx1g -cp "$BENCH_CP" vn.danvan.benchmark.DirectiveLoadScenario --base "http://127.0.0.1:${PORT}" \
  --db "$DB_URL" --password "$PASSWORD" --levels "$LEVELS" --warmup "$WARMUP" --ramp "$RAMP" \
  --duration "$DURATION" --pgbench-tpcb "$TPCB8" --pgbench-select "$SELECT8" --app-pid "$APP_PID" \
  --pg-pid "$PG_PID" --out "$OUT/load.md"

if [[ $JFR == 1 ]]; then
  jcmd "$APP_PID" JFR.dump name=bench filename="$PWD/$OUT/app.jfr" >/dev/null
  jcmd "$APP_PID" JFR.stop name=bench >/dev/null
  java -cp "$BENCH_CP" vn.danvan.benchmark.JfrSummary "$OUT/app.jfr" "$OUT/jfr.md" || true
fi

# 7. EXPLAIN ANALYZE of the pages' queries, for each of the two users' scopes, on the warm server.
log "EXPLAIN ANALYZE"
TODAY=$(TZ=Asia/Ho_Chi_Minh date +%F)
explain() { # label, scope
  local scope=$2
  local tasks; tasks=$(psql_q "SELECT count(*) FROM directive_task WHERE path = '$scope' OR path LIKE '$scope/%'")
  local unit; unit=$(psql_q "SELECT lead_org_unit_id FROM directive_task WHERE path = '$scope' OR path LIKE '$scope/%'
    GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1")
  local deep=$(( tasks * 3 / 4 / 20 * 20 ))
  # Three times: the machine is shared, one run can catch a neighbour's burst. The plans shown are the third run's,
  # the times the fastest of the three.
  for r in 1 2 3; do
    psql -X -q -h 127.0.0.1 -p "$DB_PORT" -U postgres -v scope="$scope" -v today="$TODAY" -v deep="$deep" \
      -v unit="$unit" -f benchmark/directive-explain.sql >"$OUT/explain-$1-$r.txt" 2>&1 || true
  done
  cp "$OUT/explain-$1-3.txt" "$OUT/explain-$1.txt"
  echo "scope $scope: $tasks tasks, deep offset $deep, unit $unit" >&2
}
explain board 33
explain commune 33/11953
explain_times() { # label → "query<TAB>fastest execution ms" in the file's order
  awk '/^== /{t=substr($0,4)} /Execution Time/{v=$(NF-1)+0; if (!(t in m)) {o[++n]=t; m[t]=v} else if (v<m[t]) m[t]=v}
       END{for (i=1; i<=n; i++) print o[i] "\t" m[o[i]]}' "$OUT/explain-$1-1.txt" "$OUT/explain-$1-2.txt" "$OUT/explain-$1-3.txt"
}

# 8. The results file.
log "write ${RESULTS}"
count() { psql_q "SELECT count(*) FROM $1"; }
size() { psql_q "SELECT pg_size_pretty(pg_total_relation_size('$1'))"; }
PG_START=$(grep -oP 'Embedded PostgreSQL started on port \d+ with data in .*? \(\K\d+(?= ms\))' "$APP_LOG" | head -1 || true)
DEMO_LOG=$(grep -oP 'Demo province loaded in \d+ ms' "$APP_LOG" | head -1 || true)
{
  echo "# DanVan benchmark: a province's ten years of directives — $(date '+%F %H:%M %Z'), $(nproc) cores"
  echo
  DIRTY=""
  [[ -n $(git status --porcelain -- src pom.xml) ]] && DIRTY=", with uncommitted changes in src/ (work in progress of others)"
  echo "Made by \`benchmark/run-directive.sh\` (see benchmark/README.md) on commit \`$(git rev-parse --short HEAD)\`${DIRTY}."
  echo
  echo "## Machine"
  echo
  echo "| | |"
  echo "|---|---|"
  echo "| CPU | $(nproc) × $(lscpu 2>/dev/null | grep -oP 'Model name:\s+\K.*' | head -1) (shared by load client, app and PostgreSQL) |"
  echo "| memory | $(awk '/MemTotal/ {printf "%.1f GB", $2/1024/1024}' /proc/meminfo) |"
  echo "| OS | $(uname -sr) |"
  echo "| Java | $(java -version 2>&1 | head -1); app heap -Xms512m -Xmx${APP_HEAP}, default GC |"
  echo "| PostgreSQL | $(psql_q 'SHOW server_version') embedded (zonky), shared_buffers $(psql_q 'SHOW shared_buffers'), fsync $(psql_q 'SHOW fsync'), synchronous_commit $(psql_q 'SHOW synchronous_commit'), shared_preload_libraries '$(psql_q 'SHOW shared_preload_libraries')' |"
  echo "| load average before the load scenario | ${LOAD_BEFORE} (1, 5, 15 min, with the app idle: mostly other work on the machine) |"
  echo "| app | demo mode (embedded database), Tomcat defaults, Hikari pool 20, sessions in PostgreSQL, Thymeleaf cache on; run from \`target/classes\` + $(tr ':' '\n' <"$OUT/classpath.txt" | wc -l) jars; extra arguments: \`--danvan.security.sign-in-attempts-per-minute=100000 ${APP_ARGS}\` |"
  echo "| today (the app's date, Asia/Ho_Chi_Minh) | ${TODAY} |"
  echo
  echo "## Dataset"
  echo
  echo "Hưng Yên (province 33) as the demo mode loads it, plus ${DOCUMENTS} documents of 2017–2026 with ${TASKS} tasks"
  echo "and ≈ ${REPORTS} progress reports per task from \`ProvinceDirectiveDataset\`$([[ $NATION == 1 ]] && echo ", and the nation-sized organisations and accounts of \`NationDataset\`")."
  echo
  echo "| table | rows | size with indexes |"
  echo "|---|---:|---:|"
  for t in directive_document directive_document_link directive_plan directive_task directive_task_coordinator \
           directive_progress directive_review directive_review_unit org_unit user_account; do
    echo "| $t | $(count $t) | $(size $t) |"
  done
  echo
  echo "Tasks by status today: $(psql_q "SELECT string_agg(s || ' ' || n, ', ' ORDER BY n DESC) FROM (SELECT CASE
    WHEN completed_on IS NOT NULL AND completed_on <= deadline THEN 'completed on time'
    WHEN completed_on IS NOT NULL THEN 'completed late' WHEN deadline < DATE '${TODAY}' THEN 'overdue'
    ELSE 'in progress' END s, count(*) n FROM directive_task GROUP BY 1) x")."
  echo "Documents by state: $(psql_q "SELECT string_agg(state || ' ' || n, ', ' ORDER BY n DESC) FROM (SELECT state, count(*) n FROM directive_document GROUP BY 1) x")."
  echo "Tasks by lead organisation's kind: $(psql_q "SELECT string_agg(k || ' ' || n, ', ' ORDER BY n DESC) FROM (SELECT o.kind || CASE WHEN o.path LIKE '%/old-%' OR o.path LIKE '%/old-%/%' THEN ' (pre-2025)' WHEN o.path LIKE '%/%' THEN ' (commune)' ELSE ' (province)' END k, count(*) n FROM directive_task t JOIN org_unit o ON o.id = t.lead_org_unit_id GROUP BY 1) x")."
  echo "Database size after generation: $(psql_q "SELECT pg_size_pretty(pg_database_size('postgres'))")."
  echo
  echo "## Start-up and generation"
  echo
  echo "| step | time |"
  echo "|---|---|"
  echo "| embedded PostgreSQL start | ${PG_START:-?} ms |"
  [[ -n $DEMO_LOG ]] && echo "| demo province (Hưng Yên) | ${DEMO_LOG#Demo province loaded in } |"
  echo "| launch → /actuator/health UP (first start: import, demo data) | ${FIRST_UP_MS} ms |"
  echo "| province directive generator (JVM start + COPY in one transaction + ANALYZE) | ${GEN_MS} ms |"
  [[ -n $RESTART_MS ]] && echo "| restart with pg_stat_statements → UP | ${RESTART_MS} ms |"
  echo
  echo '```'
  [[ -n $NATION_LOG ]] && echo "$NATION_LOG"
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
  if [[ -s $OUT/jfr.md ]]; then
    echo
    echo "## Where the app's CPU went: flight recording"
    echo
    echo "JFR (\`settings=profile\`) over the whole load, warm-up and all levels; summarised by \`JfrSummary\`. The"
    echo "recording stays in \`$OUT/app.jfr\` (open it with JDK Mission Control or \`jfr print\`)."
    echo
    cat "$OUT/jfr.md"
  fi
  echo
  echo "## The pages' queries: EXPLAIN ANALYZE"
  echo
  echo "Run after the load on the warm server with \`benchmark/directive-explain.sql\`, the statements as the app sends"
  echo "them (select lists shortened), with literals (custom plans), then two of them as prepared statements with a"
  echo "generic plan. Each run three times; execution time in ms, the fastest of the three (plans below: the third run):"
  echo
  echo "| query | board specialist (scope \`33\`) | commune officer (scope \`33/11953\`) |"
  echo "|---|---:|---:|"
  paste <(explain_times board) <(explain_times commune) | awk -F'\t' '{printf "| %s | %s | %s |\n", $1, $2, $4}'
  for who in board commune; do
    echo
    echo "<details><summary>Plans, ${who} scope</summary>"
    echo
    echo '```'
    cat "$OUT/explain-${who}.txt"
    echo '```'
    echo
    echo "</details>"
  done
  echo
  echo "## Observations"
  echo
  echo "(Written by hand after the run.)"
} >"$RESULTS"
echo "Results in $RESULTS"
