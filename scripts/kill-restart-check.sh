#!/usr/bin/env bash
# The real thing, end to end: does a monthly run that is killed with kill -9 at any point, and then resumed
# with `scorecard restart`, end with exactly the database state and the outputs of a run that was never
# interrupted?
#
#   scripts/kill-restart-check.sh [--skip-build] [--keep] [WORK_DIR]
#
# 1. builds the jar (mvn package, tests skipped) unless --skip-build;
# 2. prepares a working folder with the sample city up to the month before the latest (demo --without-latest):
#    the embedded H2 database, both years' targets, every earlier month imported and assessed, and the latest
#    month's returns waiting in the inbox;
# 3. the reference: a copy of it runs `scorecard monthly` for the latest month without interruption;
# 4. every scenario runs on a fresh copy: the same monthly run, kill -9'd when a given point is reached (files
#    archived, PDFs in the staging folder, the publication moved into place, some seconds after the job started),
#    then `scorecard restart` — itself killed again in the chained scenario — until the run completes;
# 5. compares each scenario with the reference: a canonical dump of the domain tables (surrogate ids and
#    timestamps of the run replaced by natural keys), no run left running, no run lock left behind, the file
#    tree of out/, archive/, rejected/ and inbox/ with the SHA-256 of every file (the PDFs byte for byte, and
#    the MANIFEST), and that running the month again is refused (exit code 3).
# Also launches two monthly runs at once on one copy: one must run, the other be refused as busy (exit 4).
#
# Prints PASS or FAIL per scenario and overall; exits 0 only when everything passed. Needs Java 17 and,
# for the build, Maven. Not part of `mvn verify` (it takes a few minutes).
set -uo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
JAR="$ROOT/batch-jobs/target/scorecard.jar"
BUILD=1
KEEP=0
WORK=""
for arg in "$@"; do
  case "$arg" in
    --skip-build) BUILD=0 ;;
    --keep) KEEP=1 ;;
    -h|--help) sed -n '2,24p' "$0"; exit 0 ;;
    *) WORK="$arg" ;;
  esac
done
if [ -z "$WORK" ]; then
  WORK="$(mktemp -d "${TMPDIR:-/tmp}/scorecard-kill-check.XXXXXX")"
fi
mkdir -p "$WORK"
WORK="$(cd "$WORK" && pwd)"
LOG="$WORK/check.log"
: > "$LOG"

say() { printf '%s %s\n' "$(date +%H:%M:%S)" "$*" | tee -a "$LOG"; }
die() { say "ERROR: $*"; echo "FAIL"; exit 1; }
scorecard() { java -jar "$JAR" "$@" >>"$LOG" 2>&1; }

if [ "$BUILD" = 1 ]; then
  say "building the jar (mvn package, tests skipped)"
  (cd "$ROOT" && mvn -B -q package -DskipTests >>"$LOG" 2>&1) || die "the build failed (see $LOG)"
fi
[ -f "$JAR" ] || die "no $JAR: build it first (mvn -B package -DskipTests) or drop --skip-build"

# The H2 tools (for the canonical dump) come out of the application jar itself.
mkdir -p "$WORK/tools"
unzip -o -j -q "$JAR" 'BOOT-INF/lib/h2-*.jar' -d "$WORK/tools" || die "no H2 jar inside $JAR"
H2_JAR="$(ls "$WORK"/tools/h2-*.jar | head -1)"

# ---------------------------------------------------------------------------------------------------------
# Preparation: the sample city up to the month before the latest.
BASE="$WORK/base"
if [ ! -d "$BASE/data" ]; then
  rm -rf "$BASE" && mkdir -p "$BASE"
  say "preparing the sample city up to the month before the latest (demo --without-latest)"
  (cd "$BASE" && scorecard demo --without-latest) || die "demo --without-latest failed (see $LOG)"
fi
PERIOD="$(ls "$BASE/inbox" | sort | tail -1)"
[ -n "$PERIOD" ] || die "no inbox period in $BASE"
say "the month under test: $PERIOD ($(ls "$BASE/inbox/$PERIOD" | wc -l) returns waiting)"

fresh_copy() { rm -rf "$WORK/$1"; cp -a "$BASE" "$WORK/$1"; }

# A canonical, order-stable dump of what the run leaves in the database: natural keys instead of surrogate
# ids, no timestamps of the run itself; plus the state of the run bookkeeping that must be clean.
dump_state() {
  local dir="$1" out="$1.state" sqlfile="$1.dump.sql"
  local url="jdbc:h2:file:$dir/data/scorecard;MODE=MySQL;DATABASE_TO_LOWER=TRUE;AUTO_SERVER=TRUE"
  rm -f "$out" "$dir".csv.*
  cat > "$sqlfile" <<SQL
CALL CSVWRITE('$dir.csv.01', 'SELECT assess_year, group_name, display_order FROM assessment_group ORDER BY 1, 2');
CALL CSVWRITE('$dir.csv.02', 'SELECT assess_year, unit_code, unit_name, group_name, ranked, display_order FROM assessed_unit ORDER BY 1, 2');
CALL CSVWRITE('$dir.csv.03', 'SELECT assess_year, unit_code, indicator_code, target_value FROM annual_target ORDER BY 1, 2, 3');
CALL CSVWRITE('$dir.csv.04', 'SELECT assess_year, file_name, sha256, unit_count, target_count FROM target_import ORDER BY 1, 2, 3');
CALL CSVWRITE('$dir.csv.05', 'SELECT unit_code, period, version_no, file_name, sha256, submitted_at, status, late, row_count, error_count, warning_count, reporter, phone, source FROM return_submission ORDER BY 1, 2, 3');
CALL CSVWRITE('$dir.csv.06', 'SELECT s.unit_code, s.period, s.version_no, p.project_no, p.row_no, p.project_name, p.investor, p.investor_source, p.industry, p.project_status, p.signed_on, p.contract_amount, p.started_on, p.funds_total, p.funds_this_year, p.foreign_funds_this_year, p.fulfilled, p.fortune500, p.remark FROM ledger_project p JOIN return_submission s ON s.id = p.submission_id ORDER BY 1, 2, 3, 4');
CALL CSVWRITE('$dir.csv.07', 'SELECT s.unit_code, s.period, s.version_no, a.trips, a.leader_trips, a.companies_visited, a.visitors_received FROM activity_figure a JOIN return_submission s ON s.id = a.submission_id ORDER BY 1, 2, 3');
CALL CSVWRITE('$dir.csv.08', 'SELECT s.unit_code, s.period, s.version_no, i.seq_no, i.severity, i.sheet_name, i.cell_ref, i.field_name, i.found_value, i.message FROM submission_issue i JOIN return_submission s ON s.id = i.submission_id ORDER BY 1, 2, 3, 4');
CALL CSVWRITE('$dir.csv.09', 'SELECT period, config_name, config_sha256 FROM assessment_run ORDER BY 1');
CALL CSVWRITE('$dir.csv.10', 'SELECT * FROM indicator_result ORDER BY period, unit_code, indicator_code');
CALL CSVWRITE('$dir.csv.11', 'SELECT u.period, u.unit_code, u.unit_name, u.group_name, u.ranked, s.period AS source_period, s.version_no AS source_version, u.report_status, u.base_score, u.bonus, u.deduction, u.total_score, u.grade, u.group_rank, u.group_size, u.previous_rank, u.rank_change, u.first_streak, u.list_mark FROM unit_score u LEFT JOIN return_submission s ON s.id = u.submission_id ORDER BY 1, 2');
CALL CSVWRITE('$dir.csv.12', 'SELECT * FROM score_adjustment ORDER BY period, unit_code, seq_no');
CALL CSVWRITE('$dir.csv.13', 'SELECT * FROM assessment_warning ORDER BY period, unit_code, seq_no');
CALL CSVWRITE('$dir.csv.14', 'SELECT period, revision, folder, manifest_sha256, file_count FROM publication ORDER BY 1, 2');
CALL CSVWRITE('$dir.csv.15', 'SELECT p.period, p.revision, f.file_name, f.sha256, f.size_bytes FROM publication_file f JOIN publication p ON p.id = f.publication_id ORDER BY 1, 2, 3');
CALL CSVWRITE('$dir.csv.16', 'SELECT COUNT(*) AS run_locks_left FROM run_lock');
CALL CSVWRITE('$dir.csv.17', 'SELECT COUNT(*) AS executions_left_running FROM batch_job_execution WHERE status IN (''STARTING'', ''STARTED'', ''STOPPING'')');
CALL CSVWRITE('$dir.csv.18', 'SELECT i.job_name, COUNT(*) AS completed_instances FROM batch_job_instance i WHERE EXISTS (SELECT 1 FROM batch_job_execution e WHERE e.job_instance_id = i.job_instance_id AND e.status = ''COMPLETED'') GROUP BY i.job_name ORDER BY 1');
CALL CSVWRITE('$dir.csv.19', 'SELECT i.job_name, e.status, COUNT(*) AS instances FROM batch_job_instance i JOIN batch_job_execution e ON e.job_instance_id = i.job_instance_id AND e.job_execution_id = (SELECT MAX(l.job_execution_id) FROM batch_job_execution l WHERE l.job_instance_id = i.job_instance_id) GROUP BY i.job_name, e.status ORDER BY 1, 2');
SQL
  java -cp "$H2_JAR" org.h2.tools.RunScript -url "$url" -user sa -script "$sqlfile" >>"$LOG" 2>&1 \
    || { say "cannot dump $dir"; return 1; }
  for f in "$dir".csv.*; do echo "== ${f##*.csv.}"; cat "$f"; echo; done > "$out"
  rm -f "$dir".csv.* "$sqlfile"
}

# Every file the run is responsible for, with its SHA-256 (PDFs byte for byte); directories too, so that a
# staging folder or a half publication left behind shows.
dump_files() {
  local dir="$1"
  (cd "$dir" && find out archive rejected inbox 2>/dev/null | LC_ALL=C sort | while read -r p; do
     if [ -f "$p" ]; then echo "$(sha256sum "$p" | cut -c1-64)  $p"; else echo "dir  $p"; fi
   done) > "$dir.files"
}

# Waits until the condition (a function, called in the run's folder) holds or the process ends.
# Returns 0 when the condition was reached while the process still ran.
wait_for() {
  local pid="$1" dir="$2" condition="$3" limit="${4:-600}"
  local started=$SECONDS
  while kill -0 "$pid" 2>/dev/null; do
    if (cd "$dir" && "$condition") 2>/dev/null; then
      return 0
    fi
    if [ $((SECONDS - started)) -gt "$limit" ]; then
      return 1
    fi
    sleep 0.02
  done
  return 1
}

count() { find "$1" -maxdepth 1 -type f -name "$2" 2>/dev/null | wc -l; }
archived() { count "archive/$PERIOD" '*.xlsx'; }
staged_pdfs() { find out/.staging -mindepth 2 -maxdepth 2 -type f -name '*.pdf' 2>/dev/null | wc -l; }
# Kill points: each is checked in the run's working folder every 20 ms.
while_importing_2() { [ "$(archived)" -ge 2 ]; }
while_importing_5() { [ "$(archived)" -ge 5 ]; }
while_rendering_3() { [ "$(staged_pdfs)" -ge 3 ]; }
while_rendering_10() { [ "$(staged_pdfs)" -ge 10 ]; }
while_writing_the_bulletin() { find out/.staging -mindepth 2 -maxdepth 2 -name '全市成绩单-*.pdf' 2>/dev/null | grep -q .; }
after_the_move_into_place() { [ -f "out/$PERIOD/MANIFEST.sha256" ]; }
two_seconds_after_the_job_started() { grep -q "Started monthly" logs/scorecard.log 2>/dev/null && sleep 2; }

# Runs one launch (the first `monthly`, then `restart`s) in the background and kills it at the point.
# Prints what happened. Returns 0 when the launch completed by itself, 1 when it was killed.
launch_and_kill() {
  local dir="$1" point="$2" label="$3"; shift 3
  (cd "$dir" && exec java -jar "$JAR" "$@" >>"$LOG" 2>&1) &
  local pid=$!
  if wait_for "$pid" "$dir" "$point"; then
    kill -9 "$pid" 2>/dev/null
    wait "$pid" 2>/dev/null
    say "    kill -9 $label ($(cd "$dir" && archived) returns archived, $(cd "$dir" && staged_pdfs) PDFs staged, published: $([ -f "$dir/out/$PERIOD/MANIFEST.sha256" ] && echo yes || echo no))"
    return 1
  fi
  wait "$pid"; local code=$?
  say "    $label: not reached, the launch ended by itself with exit code $code"
  return 0
}

# Resumes with `scorecard restart` until the month is complete (exit code 0), at most 8 times.
resume_until_complete() {
  local dir="$1"
  for attempt in 1 2 3 4 5 6 7 8; do
    local out
    out="$(cd "$dir" && java -jar "$JAR" restart 2>&1)"; local code=$?
    echo "$out" >>"$LOG"
    if [ $code -eq 0 ] && echo "$out" | grep -q "没有需要继续的作业"; then
      # Killed before the job execution existed: nothing to resume, so start the month again.
      say "    restart: nothing to resume; launching monthly again"
      out="$(cd "$dir" && java -jar "$JAR" monthly --period "$PERIOD" 2>&1)"; code=$?
      echo "$out" >>"$LOG"
    fi
    if [ $code -eq 0 ]; then
      say "    resumed to completion (restart attempt $attempt)"
      return 0
    fi
    say "    restart attempt $attempt ended with exit code $code: $(echo "$out" | grep '^scorecard:' | head -1)"
  done
  return 1
}

FAILURES=0
RESULTS=()

compare_with_reference() {
  local name="$1" dir="$WORK/$1" ok=1
  dump_state "$dir" || ok=0
  dump_files "$dir"
  if ! diff -q "$WORK/reference.state" "$dir.state" >/dev/null; then
    ok=0; say "  database state differs from the reference:"
    diff "$WORK/reference.state" "$dir.state" | head -20 | tee -a "$LOG"
  fi
  if ! diff -q "$WORK/reference.files" "$dir.files" >/dev/null; then
    ok=0; say "  files differ from the reference:"
    diff "$WORK/reference.files" "$dir.files" | head -20 | tee -a "$LOG"
    if command -v pdftotext >/dev/null; then
      for pdf in "$dir"/out/"$PERIOD"/*.pdf; do
        local ref="$WORK/reference/out/$PERIOD/$(basename "$pdf")"
        if [ -f "$ref" ] && ! cmp -s "$pdf" "$ref"; then
          if diff -q <(pdftotext "$pdf" -) <(pdftotext "$ref" -) >/dev/null; then
            say "    $(basename "$pdf"): bytes differ, text identical"
          else
            say "    $(basename "$pdf"): text differs"
          fi
        fi
      done
    fi
  fi
  local again
  again="$(cd "$dir" && java -jar "$JAR" monthly --period "$PERIOD" 2>&1)"; local code=$?
  echo "$again" >>"$LOG"
  if [ $code -ne 3 ]; then
    ok=0; say "  running $PERIOD again was not refused: exit code $code (expected 3)"
  fi
  if [ $ok = 1 ]; then
    say "  PASS $name"; RESULTS+=("PASS  $name")
  else
    say "  FAIL $name"; RESULTS+=("FAIL  $name"); FAILURES=$((FAILURES + 1))
  fi
}

# ---------------------------------------------------------------------------------------------------------
say "reference: an uninterrupted monthly run of $PERIOD"
fresh_copy reference
(cd "$WORK/reference" && scorecard monthly --period "$PERIOD") || die "the reference run failed (see $LOG)"
dump_state "$WORK/reference" || die "cannot dump the reference database"
dump_files "$WORK/reference"
say "  $(grep -c '' "$WORK/reference.state") lines of database state, $(grep -c '^[0-9a-f]\{64\}  out/' "$WORK/reference.files") published files"

# A scenario: a fresh copy, `monthly` killed at the first point, each `restart` killed at the next point,
# then restarted until complete, then compared with the reference.
scenario() {
  local name="$1"; shift
  say "scenario $name"
  fresh_copy "$name"
  local dir="$WORK/$name" first=1 completed=0
  for point in "$@"; do
    if [ $first = 1 ]; then
      launch_and_kill "$dir" "$point" "$point" monthly --period "$PERIOD" && { completed=1; break; }
      first=0
    else
      launch_and_kill "$dir" "$point" "$point" restart && { completed=1; break; }
    fi
  done
  if [ $completed = 0 ] && ! resume_until_complete "$dir"; then
    say "  FAIL $name: never completed"; RESULTS+=("FAIL  $name"); FAILURES=$((FAILURES + 1))
    return
  fi
  compare_with_reference "$name"
}

scenario kill-while-importing while_importing_5
scenario kill-while-rendering while_rendering_10
scenario kill-after-the-move-into-place after_the_move_into_place
scenario kill-seconds-after-the-start two_seconds_after_the_job_started
scenario kill-again-and-again while_importing_2 while_rendering_3 while_writing_the_bulletin

# ---------------------------------------------------------------------------------------------------------
say "scenario two-runs-at-once: two processes launch the same month on one database"
fresh_copy two-at-once
dir="$WORK/two-at-once"
(cd "$dir" && java -jar "$JAR" monthly --period "$PERIOD" >"$dir.first.out" 2>&1) & first=$!
(cd "$dir" && java -jar "$JAR" monthly --period "$PERIOD" >"$dir.second.out" 2>&1) & second=$!
wait $first; code1=$?
wait $second; code2=$?
cat "$dir.first.out" "$dir.second.out" >>"$LOG"
say "  exit codes: $code1 and $code2"
codes="$(printf '%s\n' "$code1" "$code2" | sort | tr '\n' ' ')"
if [ "$codes" = "0 4 " ]; then
  say "  one ran, the other was refused as busy: $(grep -h '^scorecard:' "$dir.first.out" "$dir.second.out" | head -1)"
  compare_with_reference two-at-once
elif [ "$codes" = "0 3 " ]; then
  say "  the runs did not overlap (the second found the month published); the lock was not exercised"
  compare_with_reference two-at-once
else
  say "  FAIL two-at-once: expected exit codes 0 and 4"
  RESULTS+=("FAIL  two-at-once"); FAILURES=$((FAILURES + 1))
fi

# ---------------------------------------------------------------------------------------------------------
echo
say "results (details in $LOG):"
for r in "${RESULTS[@]}"; do say "  $r"; done
if [ $KEEP = 0 ] && [ $FAILURES = 0 ]; then
  rm -rf "$WORK"/kill-* "$WORK"/two-at-once* "$WORK"/reference
fi
if [ $FAILURES = 0 ]; then
  echo "PASS"
  exit 0
fi
echo "FAIL ($FAILURES of ${#RESULTS[@]} scenarios)"
exit 1
