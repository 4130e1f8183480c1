#!/usr/bin/env bash
# Installs what Facturier's tests need on a fresh Debian or Ubuntu machine, says what and why, then
# (unless --packages-only) installs the npm packages and runs the whole test suite. CI calls it too
# (.ci/run), so a newcomer's machine and CI install the same things.
#
#   sudo scripts/setup-test-machine.sh            # or as root; `npm run test:setup` does the same
#   scripts/setup-test-machine.sh --packages-only # only the Debian packages (what .ci/run uses)
#
# Needs network access to the Debian mirrors and the npm registry. Nothing is downloaded from elsewhere:
# the end-to-end tests drive Debian's Chromium (Playwright's own browser download is not used).
set -euo pipefail
cd "$(dirname "$0")/.."

packages_only=false
[ "${1:-}" = "--packages-only" ] && packages_only=true

# package:why — printed before installing, so nobody wonders what this script put on their machine.
wanted=(
  "chromium:the end-to-end tests drive the real interface in Chromium (playwright-core)"
  "poppler-utils:pdftotext, pdffonts, pdfinfo, pdftoppm check the PDFs (text, embedded fonts, rendering to PNG)"
  "qpdf:checks the structure of the Factur-X PDFs"
  "libxml2-utils:xmllint validates the CII and UBL files against the official XSD schemas"
  "unzip:a second ZIP reader checks the archive export"
  "fonts-dejavu-core:a font for the interface screenshots"
  "xvfb:a virtual screen for the tests that run Chromium with a window"
  "xauth:lets xvfb-run start that virtual screen"
)

missing=()
for entry in "${wanted[@]}"; do
  name="${entry%%:*}"
  dpkg -s "$name" >/dev/null 2>&1 || missing+=("$entry")
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "Paquets Debian : tout est déjà installé."
else
  echo "Paquets Debian à installer :"
  for entry in "${missing[@]}"; do echo "  - ${entry%%:*} : ${entry#*:}"; done
  sudo_cmd=()
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "Lancez ce script en root (ou installez sudo)." >&2; exit 1; }
    sudo_cmd=(sudo)
  fi
  export DEBIAN_FRONTEND=noninteractive
  "${sudo_cmd[@]}" apt-get update -qq
  "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]%%:*}" >/dev/null
  echo "Paquets Debian installés."
fi

# The official e-invoice validation artefacts are the tests' oracle: their absence fails the run.
export FACTURIER_VALIDATION_DIR="${FACTURIER_VALIDATION_DIR:-$(cd .. && pwd)/shared/validation}"
if [ ! -d "$FACTURIER_VALIDATION_DIR" ]; then
  echo "Artefacts de validation absents : $FACTURIER_VALIDATION_DIR (le dossier shared/ doit être à côté du dépôt, ou FACTURIER_VALIDATION_DIR le désigner)." >&2
  exit 1
fi

$packages_only && exit 0

echo "Paquets npm (npm ci)…"
npm ci --no-audit --no-fund
npm test
