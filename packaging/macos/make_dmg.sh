#!/usr/bin/env bash
# macOS disk image of the app: dist/MerchantEligibilityChecker-<version>.dmg holding the .app and a link to
# /Applications (the merchant drags one onto the other). Run after `pyinstaller build.spec --noconfirm` on macOS:
#
#   bash packaging/macos/make_dmg.sh 0.1.0
#
# Signing and notarisation (docs/packaging.md) come before this step when a Developer ID is available.
set -euo pipefail
cd "$(dirname "$0")/../.."

version="${1:?usage: make_dmg.sh VERSION}"
app="dist/MerchantEligibilityChecker.app"
dmg="dist/MerchantEligibilityChecker-${version}.dmg"
[ -d "$app" ] || { echo "error: $app not found; build it first: pyinstaller build.spec --noconfirm" >&2; exit 1; }

stage="$(mktemp -d)"
trap 'rm -rf "$stage"' EXIT
cp -R "$app" "$stage/"
ln -s /Applications "$stage/Applications"
rm -f "$dmg"
hdiutil create -volname "Merchant Eligibility Checker" -srcfolder "$stage" -fs HFS+ -format UDZO -ov "$dmg"
hdiutil verify "$dmg"
echo "$dmg"
