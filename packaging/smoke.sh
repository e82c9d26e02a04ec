#!/usr/bin/env bash
# make smoke: check an installed CoC Desk the way a new user meets it, far from the checkout.
#   packaging/smoke.sh wheel    build the wheel, install it into a fresh virtual environment, check it
#   packaging/smoke.sh bundle   check the desktop bundle that `make bundle` built (dist/bundle/cocdesk)
# Each check: --version, a demo vault created and verified, every paper document (the blank form, the
# information sheet, the pocket card, the Officer's export of the filled reports, the transparency
# report), the station's unlock screen opened offscreen and closed, and the vault destroyed at the end.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
PYTHON=${PYTHON:-python3}
KIND=${1:?usage: packaging/smoke.sh wheel|bundle}
LEAD="Demo Responder"
PASSPHRASE="a smoke test passphrase, Łukasz 李"

PLACE=$(mktemp -d "${TMPDIR:-/tmp}/cocdesk-smoke.XXXXXX")
trap 'rm -rf "$PLACE"' EXIT
mkdir -p "$PLACE/home" "$PLACE/desk"
# A home of its own: nothing is read from or written to the real user's folders.
export HOME="$PLACE/home" XDG_DATA_HOME="$PLACE/home/data" XDG_CONFIG_HOME="$PLACE/home/config"
export XDG_CACHE_HOME="$PLACE/home/cache" QT_QPA_PLATFORM=offscreen
unset PYTHONPATH
cd "$PLACE/desk"

step() { printf '%-72s' "$KIND: $1"; }
fail() {
  echo "FAILED"
  sed 's/^/    /' "$PLACE/out" >&2
  exit 1
}
# Run a step's command with a time limit, its output kept for when it fails.
try() { timeout 180 "$@" >"$PLACE/out" 2>&1 || fail; }
answer() { printf '%s\n' "$PASSPHRASE" | timeout 180 "$@" >"$PLACE/out" 2>&1 || fail; }
has_text() { pdftotext -layout "$1" - | tr -s ' \n' ' ' | grep -qF -- "$2" || { echo "no “$2” in $1" >"$PLACE/out"; fail; }; }

case "$KIND" in
wheel)
  step "the wheel built and installed in a fresh environment"
  try "$PYTHON" -m pip wheel --quiet --no-deps --wheel-dir "$PLACE/wheel" "$ROOT"
  try "$PYTHON" -m venv "$PLACE/env"
  try "$PLACE/env/bin/python" -m pip install --quiet "$PLACE"/wheel/cocdesk-*.whl
  try "$PLACE/env/bin/python" -c "import cocdesk, sys; sys.exit(not cocdesk.__file__.startswith('$PLACE/env/'))"
  echo ok
  cocdesk=("$PLACE/env/bin/cocdesk")
  station=("$PLACE/env/bin/python" -m cocdesk.gui.smoke)
  ;;
bundle)
  program="$ROOT/dist/bundle/cocdesk/cocdesk"
  [ -x "$program" ] || { echo "There is no bundle at $program: run make bundle first." >&2; exit 1; }
  cocdesk=("$program")
  station=("$program" --smoke-test)
  ;;
*) echo "usage: packaging/smoke.sh wheel|bundle" >&2; exit 2 ;;
esac

step "--version"
try "${cocdesk[@]}" --version
grep -qE '^cocdesk [0-9]+\.[0-9]+' "$PLACE/out" || fail
echo "ok ($(cat "$PLACE/out"))"

step "a demo vault created and verified"
answer "${cocdesk[@]}" vault demo demo.cocdesk --passphrase-stdin
answer "${cocdesk[@]}" vault verify demo.cocdesk --member "$LEAD" --passphrase-stdin
grep -q "The vault is whole" "$PLACE/out" || fail
echo ok

step "the blank form, the information sheet and the pocket card"
try "${cocdesk[@]}" forms blank blank-form.pdf
has_text blank-form.pdf "Confidential"
answer "${cocdesk[@]}" forms info-sheet info-sheet.pdf --vault demo.cocdesk --member "$LEAD" --passphrase-stdin
has_text info-sheet.pdf "DemoConf 2026"
answer "${cocdesk[@]}" forms pocket-card pocket-card.pdf --vault demo.cocdesk --member "$LEAD" --passphrase-stdin
has_text pocket-card.pdf "DemoConf 2026"
echo ok

step "the Officer's export (filled reports), the transparency report"
answer "${cocdesk[@]}" export demo.cocdesk --member "$LEAD" --all-filed officer-export.pdf --passphrase-stdin
has_text officer-export.pdf "Safety and Diversity Officer export"
has_text officer-export.pdf "exported by $LEAD"
answer "${cocdesk[@]}" report transparency demo.cocdesk --member "$LEAD" transparency.pdf \
  --markdown transparency.md --passphrase-stdin
has_text transparency.pdf "Code of Conduct transparency report"
grep -q "^# Code of Conduct transparency report" transparency.md || fail
echo "ok ($(pdfinfo officer-export.pdf | awk '/^Pages:/ {print $2}') pages exported)"

step "the station's unlock screen opened offscreen and closed"
try "${station[@]}" demo.cocdesk
grep -q "^unlock screen painted after" "$PLACE/out" && grep -q "^native parts work:" "$PLACE/out" || fail
echo "ok ($(grep -o 'after [0-9.]* s' "$PLACE/out"))"

step "the vault destroyed, only the documents left"
try "${cocdesk[@]}" vault destroy demo.cocdesk --yes
left=$(ls -A | tr '\n' ' ')
expected="blank-form.pdf info-sheet.pdf officer-export.pdf pocket-card.pdf transparency.md transparency.pdf "
[ "$left" = "$expected" ] || { echo "left behind: $left" >"$PLACE/out"; fail; }
echo ok
