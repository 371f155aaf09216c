#!/usr/bin/env bash
# Installer build step 7 (installer/pom.xml, Linux): takes the .deb jpackage made from the app image and adds, as
# files owned by the package (so removing it removes them, and no maintainer script can fail on a machine without
# a desktop or without xdg-utils):
#   /usr/bin/guankou                                   -> /opt/guankou/bin/Guankou (the command line on the PATH)
#   /usr/share/applications/guankou.desktop            the menu entry 关口 / Guankou
#   /usr/share/icons/hicolor/256x256/apps/guankou.png  its icon
# and its maintainer scripts: postinst makes the installation's class-data archive (src/cds/make-cds-archive.sh;
# a failure there only costs start-up time), prerm removes it.
# Writes TARGET_DIR/<the same file name>.deb.
#   finish-deb.sh JPACKAGE_DEB_DIR SRC_DEB_DIR ICON_PNG TARGET_DIR
set -euo pipefail
in_dir=$1 src=$2 icon=$3 out_dir=$4

shopt -s nullglob
debs=("$in_dir"/*.deb)
[ ${#debs[@]} -eq 1 ] || { echo "finish-deb: expected one .deb in $in_dir, found ${#debs[@]}" >&2; exit 1; }
deb=${debs[0]}
root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
dpkg-deb -R "$deb" "$root"

package=$(sed -n 's/^Package: //p' "$root/DEBIAN/control")
launcher=$(cd "$root" && ls -d opt/*/bin/* | head -1)
[ -x "$root/$launcher" ] || { echo "finish-deb: no launcher under /opt in $deb" >&2; exit 1; }

install -d "$root/usr/bin" "$root/usr/share/applications" "$root/usr/share/icons/hicolor/256x256/apps"
ln -sfn "/$launcher" "$root/usr/bin/$package"
sed "s|^Exec=.*|Exec=/$launcher|" "$src/guankou.desktop" > "$root/usr/share/applications/$package.desktop"
install -m 644 "$icon" "$root/usr/share/icons/hicolor/256x256/apps/$package.png"
chmod 644 "$root/usr/share/applications/$package.desktop"
appdir="/$(dirname "$(dirname "$launcher")")/lib/app"
[ -x "$root$appdir/make-cds-archive.sh" ] || { echo "finish-deb: no $appdir/make-cds-archive.sh" >&2; exit 1; }
for script in postinst prerm; do
  sed "s|@APPDIR@|$appdir|g" "$src/$script" > "$root/DEBIAN/$script"
  chmod 755 "$root/DEBIAN/$script"
done

# checksums of every regular file and the installed size, as dpkg expects them
(cd "$root" && find . -path ./DEBIAN -prune -o -type f -print0 | sed -z 's|^\./||' | sort -z \
    | xargs -0 md5sum) > "$root/DEBIAN/md5sums"
size=$(du -sk --exclude=DEBIAN "$root" | cut -f1)
sed -i "s/^Installed-Size: .*/Installed-Size: $size/" "$root/DEBIAN/control"

mkdir -p "$out_dir"
out="$out_dir/$(basename "$deb")"
dpkg-deb --root-owner-group -Zxz -b "$root" "$out" >/dev/null
echo "[installer] $out ($(du -h "$out" | cut -f1)): $(sed -n 's/^Depends: //p' "$root/DEBIAN/control")"
