#!/usr/bin/env bash
# Builds stallapp.app and a .dmg on macOS from the PyInstaller one-folder build.
# Run from the source folder on a Mac with Python 3.11+ (python.org universal2 build):
#   bash packaging/macos/build_app.sh
# Untested here (no macOS machine); see packaging/README.md. Signing and notarisation need
# the campaign's Apple Developer ID: set STALLAPP_SIGN_ID and STALLAPP_NOTARY_PROFILE.
set -euo pipefail
cd "$(dirname "$0")/../.."
python3 -m venv .venv-mac
.venv-mac/bin/pip install --quiet -e '.[package]'

# Icon: the PNG to an .icns, via an iconset.
iconset=build/stallapp.iconset
rm -rf "$iconset" && mkdir -p "$iconset"
for size in 16 32 64 128 256; do
  sips -z "$size" "$size" packaging/stallapp.png --out "$iconset/icon_${size}x${size}.png" >/dev/null
done
iconutil -c icns "$iconset" -o build/stallapp.icns

.venv-mac/bin/pyinstaller packaging/stallapp.spec --noconfirm --distpath dist --workpath build/pyinstaller

# Wrap the one-folder build in an app bundle.
app=dist/stallapp.app
rm -rf "$app"
mkdir -p "$app/Contents/MacOS" "$app/Contents/Resources"
cp -R dist/stallapp/ "$app/Contents/MacOS/"
cp build/stallapp.icns "$app/Contents/Resources/"
cat > "$app/Contents/Info.plist" <<PLIST
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0"><dict>
  <key>CFBundleIdentifier</key><string>org.stallapp.Stallapp</string>
  <key>CFBundleName</key><string>stallapp</string>
  <key>CFBundleExecutable</key><string>stallapp</string>
  <key>CFBundleIconFile</key><string>stallapp.icns</string>
  <key>CFBundleShortVersionString</key><string>0.1.0</string>
  <key>CFBundlePackageType</key><string>APPL</string>
  <key>LSMinimumSystemVersion</key><string>11.0</string>
  <key>NSHighResolutionCapable</key><true/>
</dict></plist>
PLIST

if [ -n "${STALLAPP_SIGN_ID:-}" ]; then
  codesign --deep --force --options runtime --sign "$STALLAPP_SIGN_ID" "$app"
fi
hdiutil create -volname stallapp -srcfolder "$app" -ov -format UDZO dist/stallapp.dmg
if [ -n "${STALLAPP_NOTARY_PROFILE:-}" ]; then
  xcrun notarytool submit dist/stallapp.dmg --keychain-profile "$STALLAPP_NOTARY_PROFILE" --wait
  xcrun stapler staple dist/stallapp.dmg
fi
echo "built dist/stallapp.dmg"
