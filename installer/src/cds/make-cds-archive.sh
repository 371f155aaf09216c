#!/bin/sh
# Dumps this installation's class-data archive, lib/app/guankou.jsa, from lib/app/guankou.classlist: the classes the
# window loads to its first view (JDK, JavaFX, the app and its libraries), mapped at every start instead of being
# loaded and verified one by one. Java 17 accepts such an archive only on the classpath it was made with, so it is
# made where the app is installed: by the package's postinst, or by hand after moving an app image. Needs no display.
# Without the archive (or with a stale one) the app starts as usual, only slower.
set -eu
app=$(cd "$(dirname "$0")" && pwd)
cfg=$(ls "$app"/*.cfg | head -1)
java="$app/../runtime/bin/java"
archive="$app/guankou.jsa"
# the launcher's classpath and options, in the launcher's order, $APPDIR as the launcher expands it
cp=$(sed -n 's/^app\.classpath=//p' "$cfg" | sed "s|\$APPDIR|$app|g" | paste -sd: -)
opts=$(sed -n 's/^java-options=//p' "$cfg" | sed "s|\$APPDIR|$app|g" | grep -v '^-XX:SharedArchiveFile=' || true)
rm -f "$archive"
# shellcheck disable=SC2086
"$java" -Xshare:dump -XX:SharedClassListFile="$app/guankou.classlist" -XX:SharedArchiveFile="$archive" \
    -Xlog:cds=off -Xlog:cds+map=off $opts -cp "$cp" >/dev/null 2>&1
echo "guankou: class-data archive $archive ($(du -k "$archive" | cut -f1) KiB)"
