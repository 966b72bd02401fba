#!/usr/bin/env bash
# The browser tests drive Debian's Chromium (never a browser downloaded by a test tool) and read
# printed PDFs back with poppler-utils (pdftoppm, pdftotext). Installs what is missing when we
# are root; otherwise says the exact command to run.
set -euo pipefail
if [ -x /usr/bin/chromium ] && fc-list 2>/dev/null | grep -qi 'Noto Sans CJK' &&
	command -v pdftoppm >/dev/null && command -v pdftotext >/dev/null; then
	exit 0
fi
install="apt-get update && apt-get install -y chromium fonts-noto-cjk poppler-utils"
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
	echo "Installing Chromium, CJK fonts and poppler-utils for the browser tests: $install"
	apt-get update -qq
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk poppler-utils
else
	echo "The browser tests need Debian's Chromium, CJK fonts and poppler-utils. Run as root:" >&2
	echo "  $install" >&2
	exit 1
fi
