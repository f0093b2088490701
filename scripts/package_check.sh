#!/usr/bin/env bash
# Runs the built one-folder app headless, as a volunteer's machine would: create a vault,
# add a petition, an event and an entry, export a sealed batch, start the GUI briefly; every
# step must exit 0. Usage: scripts/package_check.sh [dist/stallapp/stallapp]
set -euo pipefail
bin="${1:-dist/stallapp/stallapp}"
[ -x "$bin" ] || { echo "package-check: $bin is not built (make package)" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export STALLAPP_PASSPHRASE="package check passphrase"
export QT_QPA_PLATFORM=offscreen
data="$work/vault"
app() { "$bin" --data-dir "$data" "$@"; }

app --version
app init --role stall --device-name "package check"
app petition add "$(dirname "$bin")/_internal/stallapp/_resources/petitions/sample.toml" \
  || app petition add resources/petitions/sample.toml
event=$(app event add --city Coventry --location "Broadgate, CV1 1LL" --date 2026-11-28 --start 12:00 --end 14:00)
app entry add --petition protect-hongkongers-uk --event "$event" --name "Package Check" \
  --postcode "CV1 1LL" --address "1 Test Street" --consent
app status --json | grep -q '"signatures": 1'

# A coordinator, its campaign pack imported on the stall, then a sealed batch export.
coord="$work/coordinator"
"$bin" --data-dir "$coord" init --role coordinator --device-name "package check coordinator"
"$bin" --data-dir "$coord" petition add resources/petitions/sample.toml
"$bin" --data-dir "$coord" pack export --out "$work/campaign.pack"
fingerprint=$("$bin" --data-dir "$coord" keys show | sed -n 's/^fingerprint[: ]*//Ip' | head -n 1)
app pack import "$work/campaign.pack" --fingerprint "$fingerprint"
mkdir -p "$work/usb"
batch=$(app batch export --out "$work/usb" | tail -n 1)
[ -s "$batch" ] || { echo "package-check: no batch written" >&2; exit 1; }

# The GUI starts (offscreen) and stays up until we stop it.
set +e
timeout 8 "$bin" --data-dir "$work/gui" gui --demo >/dev/null 2>&1
rc=$?
set -e
[ "$rc" = 124 ] || { echo "package-check: the GUI exited early ($rc)" >&2; exit 1; }
echo "package-check: ok"
