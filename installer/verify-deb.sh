#!/usr/bin/env bash
# Evidence for issue 17, on Debian (12) as root: builds the .deb, installs it with apt, starts the installed app under
# Xvfb on an existing ledger of a normal user and takes a screenshot, runs `guankou stats` from the installed
# launcher, reinstalls the same package and upgrades to a newer revision, removes and purges the package, and checks
# after every step that the user's ledger and keys are still there, unchanged.
#
#   installer/verify-deb.sh            (MVN_ARGS="-o" for an offline build; SKIP_BUILD=1 to take installer/target/*.deb)
#
# Writes installer/target/verify/: screenshot.png, stats.txt, times.txt. Exit 0 only when every check held.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
out="$repo/installer/target/verify"
[ "$(id -u)" = 0 ] || { echo "verify-deb.sh runs as root (apt-get install)" >&2; exit 2; }
command -v apt-get >/dev/null || { echo "verify-deb.sh needs a Debian system (apt-get)" >&2; exit 2; }

started=$(date +%s)
step_start=$started
times=()
step() {
  local now; now=$(date +%s)
  [ -z "${step_name:-}" ] || times+=("$step_name: $((now - step_start)) s")
  step_name=$1; step_start=$now
  echo "== $1"
}
fail() { echo "FAILED: $*" >&2; exit 1; }

step "build tools (apt-get)"
# jlink/jpackage (the JDK with its jmods), fakeroot and objcopy for the package; Xvfb, xdotool, ImageMagick and a
# CJK font to start the window and photograph it
need=()
for p in openjdk-17-jdk-headless fakeroot binutils xvfb xauth xdotool imagemagick fonts-wqy-microhei libgtk-3-0; do
  dpkg -s "$p" >/dev/null 2>&1 || need+=("$p")
done
if [ ${#need[@]} -gt 0 ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi

if [ "${SKIP_BUILD:-0}" != 1 ]; then
  step "build (./mvnw -P installer package -DskipTests)"
  # shellcheck disable=SC2086
  ./mvnw -q -B -ntp ${MVN_ARGS:-} -P installer package -DskipTests
fi
shopt -s nullglob
debs=(installer/target/guankou_*_amd64.deb)
[ ${#debs[@]} -eq 1 ] || fail "expected one installer/target/guankou_*_amd64.deb, found ${#debs[@]}"
deb="$repo/${debs[0]}"
size=$(stat -c %s "$deb")
echo "package $deb: $((size / 1024 / 1024)) MB"
[ "$size" -lt $((80 * 1024 * 1024)) ] || fail "the .deb is $((size / 1024 / 1024)) MB, over 80 MB"
rm -rf "$out"; mkdir -p "$out"

step "install (apt-get install ./guankou_*.deb)"
if dpkg -s guankou >/dev/null 2>&1; then apt-get purge -y -qq guankou >/dev/null; fi
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$deb" >/dev/null
dpkg -s guankou | grep -E '^(Package|Version|Depends):'
for f in /usr/bin/guankou /opt/guankou/bin/Guankou /usr/share/applications/guankou.desktop \
         /usr/share/icons/hicolor/256x256/apps/guankou.png; do
  [ -e "$f" ] || fail "$f not installed"
done
[ "$(readlink -f /usr/bin/guankou)" = /opt/guankou/bin/Guankou ] || fail "/usr/bin/guankou does not lead to the launcher"
[ -s /opt/guankou/lib/app/guankou.jsa ] || fail "the postinst made no class-data archive"
if command -v desktop-file-validate >/dev/null; then desktop-file-validate /usr/share/applications/guankou.desktop; fi

step "a user's ledger and keys (guankou demo, guankou keys --show)"
user=guankou-verify
id "$user" >/dev/null 2>&1 || useradd -m -s /bin/bash "$user"
home=$(getent passwd "$user" | cut -d: -f6)
as_user() { runuser -u "$user" -- env -i HOME="$home" PATH=/usr/bin:/bin LANG=C.UTF-8 "$@"; }
data="$home/.local/share/guankou"
rm -rf "$data" "$home/.java"
# a demo township made the office's ledger (the demo command never writes ledger.db itself)
as_user guankou demo --db "$home/township.db" --seed 20230105
as_user mkdir -p "$data"
as_user mv "$home/township.db" "$data/ledger.db"
# the demo township comes with its key pairs (keys/<ledger id>/)
as_user guankou keys --show --db "$data/ledger.db"
keys=$(find "$data/keys" -type f | wc -l)
[ "$keys" -gt 0 ] || fail "no key files under $data/keys"
# the fingerprint of the user's data: every file, by content
fingerprint() { (cd "$data" && find . -type f ! -name '*-wal' ! -name '*-shm' -print0 | sort -z | xargs -0 sha256sum); }
fingerprint > "$out/data-before.txt"
check_data() {
  fingerprint > "$out/data-now.txt"
  # opening the ledger may add files (a backup), never change or remove one
  while read -r sum file; do
    grep -qF "$sum  $file" "$out/data-now.txt" || fail "$1: $file changed or vanished"
  done < "$out/data-before.txt"
  echo "user data intact after $1 ($(wc -l < "$out/data-before.txt") files)"
}

step "start the installed window under Xvfb, screenshot"
as_user xvfb-run -a -s "-screen 0 1366x768x24" bash -c '
  guankou >"$HOME/window.log" 2>&1 &
  pid=$!
  for i in $(seq 1 600); do
    xdotool search --onlyvisible --name "关口" >/dev/null 2>&1 && break
    kill -0 $pid 2>/dev/null || { echo "the app exited" >&2; cat "$HOME/window.log" >&2; exit 1; }
    sleep 0.1
  done
  echo "window after $((i / 10)).$((i % 10)) s: $(xdotool search --onlyvisible --name "关口" getwindowname)"
  sleep 4
  import -window root "$HOME/screenshot.png"
  kill $pid; wait $pid || true'
cp "$home/screenshot.png" "$out/screenshot.png"
[ -s "$out/screenshot.png" ] || fail "no screenshot"
[ ! -e "$home/.openjfx" ] || fail "JavaFX unpacked its natives into ~/.openjfx (they belong in the runtime)"

step "guankou stats from the installed launcher"
as_user guankou stats --db "$data/ledger.db" | tee "$out/stats.txt" | tail -3
grep -qE '(Total|合计) +[0-9]+' "$out/stats.txt" || fail "stats printed no total"
check_data "first start and stats"
# nothing of the user's is written into the installation (the class-data archive is the postinst's)
written=$(find /opt/guankou -newer /opt/guankou/lib/app/guankou.jsa -type f 2>/dev/null)
[ -z "$written" ] || fail "written inside /opt/guankou: $written"

step "reinstall the same package"
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --reinstall "$deb" >/dev/null
as_user guankou stats --db "$data/ledger.db" >/dev/null
check_data "reinstall"

step "upgrade to a newer revision"
version=$(dpkg-deb -f "$deb" Version)
newer="${version%-*}-$(( ${version##*-} + 1 ))"
tmp=$(mktemp -d)
dpkg-deb -R "$deb" "$tmp/root"
sed -i "s/^Version: .*/Version: $newer/" "$tmp/root/DEBIAN/control"
# gzip -1: only the version differs, and xz would take minutes
dpkg-deb --root-owner-group -Zgzip -z1 -b "$tmp/root" "$tmp/guankou_${newer}_amd64.deb" >/dev/null
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$tmp/guankou_${newer}_amd64.deb" >/dev/null
[ "$(dpkg-query -W -f '${Version}' guankou)" = "$newer" ] || fail "not upgraded to $newer"
as_user guankou stats --db "$data/ledger.db" >/dev/null
check_data "upgrade to $newer"
rm -rf "$tmp"

step "remove and purge"
apt-get remove -y -qq guankou >/dev/null
apt-get purge -y -qq guankou >/dev/null
for f in /usr/bin/guankou /opt/guankou /usr/share/applications/guankou.desktop; do
  [ ! -e "$f" ] || fail "$f left after purge"
done
check_data "remove and purge"

step "done"
printf '%s\n' "${times[@]}" "total: $(( $(date +%s) - started )) s" | tee "$out/times.txt"
echo "OK: installer/target/verify/screenshot.png"
