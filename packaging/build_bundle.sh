#!/usr/bin/env bash
# make bundle: build the wheel, install it with PyInstaller into an environment of its own, and freeze
# that installed copy into dist/bundle/cocdesk/ (the program is dist/bundle/cocdesk/cocdesk).
# Building from the installed wheel, not the checkout, proves that the wheel carries every file it needs.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3}
ENV=build/bundle-env
started=$(date +%s)

rm -rf dist/cocdesk-*.whl
"$PYTHON" -m pip wheel --quiet --no-deps --wheel-dir dist .
wheel=$(ls dist/cocdesk-*.whl)

rm -rf "$ENV"  # a fresh environment each time: exactly what the wheel asks for, nothing left from before
"$PYTHON" -m venv "$ENV"
"$ENV/bin/python" -m pip install --quiet --upgrade pip
"$ENV/bin/python" -m pip install --quiet "${wheel}[bundle]"

cd build  # PyInstaller looks beside the current folder first: keep the checkout's cocdesk/ out of its sight
"$OLDPWD/$ENV/bin/pyinstaller" --noconfirm --clean --log-level WARN \
  --distpath "$OLDPWD/dist/bundle" --workpath "$OLDPWD/build/pyinstaller" "$OLDPWD/packaging/cocdesk.spec"
cd "$OLDPWD"

# The desktop entry, the AppStream metainfo and the icons, laid out as under /usr or ~/.local (see README).
share=dist/bundle/cocdesk/share
rm -rf "$share"
mkdir -p "$share/applications" "$share/metainfo"
cp packaging/linux/io.github.cocdesk.CocDesk.desktop "$share/applications/"
cp packaging/linux/io.github.cocdesk.CocDesk.metainfo.xml "$share/metainfo/"
cp -r packaging/linux/icons "$share/"

program=dist/bundle/cocdesk/cocdesk
"$program" --version
echo "Built $program: $(du -sh dist/bundle/cocdesk | cut -f1) in $(($(date +%s) - started)) s."
