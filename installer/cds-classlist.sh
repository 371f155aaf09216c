#!/usr/bin/env bash
# Writes installer/src/cds/classlist: the classes (JDK, JavaFX, the app and its libraries) the window loads until it
# shows the ledger, from a training run of an app image under Xvfb on a demo township. The package ships the list;
# its postinst dumps the installation's class-data archive from it (src/cds/make-cds-archive.sh). Run this again
# after a dependency, JavaFX or JDK upgrade or when the first view changes much; a stale list still works (classes
# it misses are loaded as usual, names it lists that no longer exist are skipped).
#
#   installer/cds-classlist.sh [APP_IMAGE_DIR]   (default installer/target/image/Guankou; needs xvfb, xdotool)
set -euo pipefail
cd "$(dirname "$0")/.."
image=${1:-installer/target/image/Guankou}
launcher="$image/bin/Guankou"
[ -x "$launcher" ] || { echo "no app image at $image: ./mvnw -P installer package -DskipTests first" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$launcher" demo --db "$work/demo.db" >/dev/null
raw="$work/loaded.classlist"
# the training run: open the ledger, wait for the window and a little longer for the first view's load, then close
xvfb-run -a -s "-screen 0 1366x768x24" bash -c '
  JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList='"$raw"' -Duser.home='"$work"'" "'"$launcher"'" --db "'"$work"'/demo.db" >"'"$work"'/run.log" 2>&1 &
  pid=$!
  xdotool search --sync --onlyvisible --name "关口" >/dev/null
  sleep 4
  kill $pid; wait $pid || true'
# in load order, each once; without the launcher's own dynamic archive classes and lambdas of the training tools
mkdir -p installer/src/cds
grep -vE '^#' "$raw" | awk '!seen[$0]++' > installer/src/cds/classlist
echo "$(wc -l < installer/src/cds/classlist) classes in installer/src/cds/classlist"
