#!/usr/bin/env bash
# Time to a shown window on an existing ledger: the installed app beside plain `java -jar`, in the same run.
#
#   installer/startup-bench.sh [RUNS] [LAUNCHER] [JAR]
#     RUNS      starts of each variant, interleaved (default 7)
#     LAUNCHER  the installed app (default /opt/guankou/bin/Guankou; or installer/target/image/Guankou/bin/Guankou)
#     JAR       the plain jar (default desktop/target/guankou.jar, run by the `java` on the PATH)
#
# Needs xvfb and xdotool. One Xvfb for all runs; every variant opens the same demo ledger (6,000 persons, written
# once by the jar, then opened as an existing ledger). A start is timed from the fork until a visible window titled
# 关口 is mapped (polled every 20 ms), then the app is closed. Variants:
#   jar            java -jar guankou.jar (the system JDK with its default class-data archive of JDK classes)
#   installed      the launcher as installed: the class-data archive its postinst made (JDK, JavaFX, the app and
#                  its libraries, the classes the window loads to its first view; src/cds/make-cds-archive.sh)
#   installed-noshare  the same with -Xshare:off (what the archive saves)
# Each window start runs with the start-up trace (-Dio.guankou.startupTrace=true), which also tells when the ledger's
# rows were loaded (they load after the window's first frame). Prints one line per start (wall ms, CPU ms, rows ms)
# and a Markdown table (median, min, max).
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-7}
launcher=${2:-/opt/guankou/bin/Guankou}
jar=${3:-desktop/target/guankou.jar}
[ -x "$launcher" ] || { echo "no launcher $launcher" >&2; exit 2; }
[ -f "$jar" ] || { echo "no jar $jar (./mvnw -q package -DskipTests)" >&2; exit 2; }
command -v Xvfb >/dev/null && command -v xdotool >/dev/null || { echo "needs xvfb and xdotool" >&2; exit 2; }

work=$(mktemp -d)
# a display number no other X server holds: Xvfb picks it and writes it to fd 3
Xvfb -displayfd 3 -screen 0 1366x768x24 -nolisten tcp 3>"$work/display" >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 1 100); do [ -s "$work/display" ] && break; sleep 0.1; done
[ -s "$work/display" ] || { echo "Xvfb did not start" >&2; exit 1; }
export DISPLAY=":$(head -1 "$work/display")"

ledger="$work/ledger.db"
java -jar "$jar" demo --db "$ledger" --seed 20230105 >/dev/null
now_ms() { date +%s%3N; }

# CPU time (user + system, all threads) the process has used so far, in ms
cpu_ms() { awk -v hz="$(getconf CLK_TCK)" '{print int(($14 + $15) * 1000 / hz)}' "/proc/$1/stat"; }

# start_and_time NAME CMD...: prints the milliseconds to a mapped window titled 关口, the CPU ms used until then, and
# the milliseconds until the ledger's rows were loaded (the start-up trace's "ledger loaded", "-" without it)
start_and_time() {
  local name=$1; shift
  local t0 t1 pid rows attempt
  for attempt in 1 2 3; do
    t0=$(now_ms)
    "$@" >"$work/$name.log" 2>&1 &
    pid=$!
    until xdotool search --onlyvisible --name '关口' >/dev/null 2>&1; do
      if ! kill -0 $pid 2>/dev/null; then break; fi
      if [ $(( $(now_ms) - t0 )) -gt 60000 ]; then echo "$name: no window in 60 s" >&2; kill $pid; exit 1; fi
      sleep 0.02
    done
    kill -0 $pid 2>/dev/null && break
    # Xvfb now and then refuses a connection under load ("cannot open display"): that start is tried again
    if [ $attempt -lt 3 ] && grep -qE "cannot open display|UnsupportedOperationException" "$work/$name.log"; then
      sleep 1; continue
    fi
    echo "$name exited before showing a window:" >&2; tail -5 "$work/$name.log" >&2; exit 1
  done
  t1=$(now_ms)
  cpu=$(cpu_ms $pid)
  # until the first view's rows are in (the window is usable before: they load after its first frame)
  for _ in $(seq 1 250); do grep -q "start-up ledger loaded" "$work/$name.log" && break; sleep 0.02; done
  rows=$(sed -n 's/.*start-up ledger loaded: .* at \([0-9]*\) ms.*/\1/p' "$work/$name.log" | head -1)
  sleep 0.3
  kill $pid 2>/dev/null || true
  wait $pid 2>/dev/null || true
  # the window is gone before the next start
  while xdotool search --onlyvisible --name '关口' >/dev/null 2>&1; do sleep 0.05; done
  if [ -n "$rows" ]; then rows=$((rows - t0)); else rows=-; fi
  echo "$((t1 - t0)) $cpu $rows"
}

# the command of variant $1, in the array cmd
variant() {
  case $1 in
    jar) cmd=(java -Dprism.order=sw $trace -jar "$jar" --db "$ledger") ;;
    installed) cmd=(env "JAVA_TOOL_OPTIONS=-Dprism.order=sw $trace" "$launcher" --db "$ledger") ;;
    installed-noshare) cmd=(env "JAVA_TOOL_OPTIONS=-Dprism.order=sw $trace -Xshare:off" "$launcher" --db "$ledger") ;;
  esac
}

[ -f "$(dirname "$launcher")/../lib/app/guankou.jsa" ] || echo "note: no lib/app/guankou.jsa beside $launcher (make-cds-archive.sh)" >&2
# warm-ups, untimed: the page cache holds both runtimes and the ledger for every variant alike
start_and_time warmup env JAVA_TOOL_OPTIONS=-Dprism.order=sw "$launcher" --db "$ledger" >/dev/null
start_and_time warmup java -Dprism.order=sw -jar "$jar" --db "$ledger" >/dev/null

variants=(jar installed installed-noshare)
# the window's starts log their stages (app.StartupTrace), for the time to the ledger's rows
trace=-Dio.guankou.startupTrace=true
for i in $(seq 1 "$runs"); do
  for v in "${variants[@]}"; do
    variant "$v"
    read -r ms cpu rows < <(start_and_time "$v" "${cmd[@]}")
    echo "$v $ms $cpu $rows" | tee -a "$work/times"
  done
done
trace=

# the command line on the same ledger: `stats`, from the fork to the exit
for i in $(seq 1 "$runs"); do
  for v in "${variants[@]}"; do
    variant "$v"
    cli=("${cmd[@]:0:${#cmd[@]}-2}" stats --db "$ledger")
    t0=$(now_ms); /usr/bin/time -f '%U %S' -o "$work/cpu" "${cli[@]}" >/dev/null 2>&1; t1=$(now_ms)
    cpu=$(awk '{print int(($1 + $2) * 1000)}' "$work/cpu")
    echo "stats-$v $((t1 - t0)) $cpu" | tee -a "$work/times"
  done
done

echo
echo "| start (${runs} runs each, $(nproc) cores, load $(cut -d' ' -f1 /proc/loadavg)) | wall ms: median | min | max | CPU ms: median | min | max | rows loaded ms: median | min | max |"
echo "|---|---|---|---|---|---|---|---|---|---|"
median() { { grep -v '^-$' || true; } | sort -n | awk '{a[NR]=$1} END{if (!NR) {printf "- | - | -"; exit} m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "%d | %d | %d", m, a[1], a[NR]}'; }
for v in "${variants[@]}" "${variants[@]/#/stats-}"; do
  rows=$(grep "^$v " "$work/times" | cut -d' ' -f4 | { grep . || true; } | median)
  echo "| $v | $(grep "^$v " "$work/times" | cut -d' ' -f2 | median) | $(grep "^$v " "$work/times" | cut -d' ' -f3 | median) | ${rows:-- | - | -} |"
done
