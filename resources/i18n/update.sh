#!/bin/sh
# Refresh the interface translations: extract tr() strings from the GUI sources into the .ts
# files (keeping existing translations), then compile them to the .qm files the app loads.
#   resources/i18n/update.sh            extract + compile
#   resources/i18n/update.sh --release  compile only (after editing a .ts in Qt Linguist)
set -e
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
bin="$root/.venv/bin"
lupdate=$(command -v "$bin/pyside6-lupdate" || command -v pyside6-lupdate)
lrelease=$(command -v "$bin/pyside6-lrelease" || command -v pyside6-lrelease)
sources=$(ls "$root"/desktop/chancery/ui/*.py "$root"/desktop/chancery/ui/*/*.py "$root"/desktop/chancery/ui/*/*/*.py 2>/dev/null)
if [ "$1" != "--release" ]; then
    for lang in fr ru en; do
        # English needs only its plural forms ("1 meeting", "2 meetings")
        extra=""
        [ "$lang" = en ] && extra="-pluralonly"
        "$lupdate" -locations none -no-obsolete -source-language en -target-language $lang $extra $sources -ts "$here/chancery_$lang.ts"
    done
fi
for lang in fr ru en; do
    "$lrelease" -silent "$here/chancery_$lang.ts" -qm "$here/chancery_$lang.qm"
done
