#!/bin/sh
# Installs the Debian packages that Qt (offscreen and on a screen) and the test suite need,
# when they are missing and we are allowed to (root with apt-get). Prints what it does.
set -e
command -v apt-get >/dev/null 2>&1 || exit 0
need=""
have() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"; }
# Qt's xcb plugin (real windows) needs the xcb utility libraries; the tests need age,
# poppler-utils (pdffonts, pdftotext, pdftoppm), qpdf, xvfb (the real X selection test in
# tests/ui/kiosk/test_x_selection.py, skipped without it) and a CJK font for screenshots;
# libpulse0 lets QtMultimedia (the camera extra: scanning returned sheets) load.
for pkg in libgl1 libegl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 \
           libglib2.0-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 \
           libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 \
           age xz-utils poppler-utils qpdf xvfb xauth fonts-noto-cjk libpulse0; do
  have "$pkg" || need="$need $pkg"
done
[ -z "$need" ] && exit 0
if [ "$(id -u)" != "0" ]; then
  echo "stallapp: please install these Debian packages:$need" >&2
  exit 0
fi
echo "stallapp: installing system packages:$need"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null
# shellcheck disable=SC2086
apt-get install -y -qq --no-install-recommends $need >/dev/null
