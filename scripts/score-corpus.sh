#!/usr/bin/env bash
# Parser accuracy on the development corpus, with the team's scorer. Both live beside the
# repository (../shared), never in it: without them, say what is missing and stop.
set -euo pipefail
cd "$(dirname "$0")/.."
scorer=../shared/tools/score-corpus.mjs
if [ ! -f "$scorer" ] || [ ! -d ../shared/corpus ]; then
	echo "score:corpus needs the development corpus and its scorer beside this repository" \
		"(../shared/corpus, $scorer); they are not here. The seed scores without them: npm run score:seed" >&2
	exit 2
fi
exec node "$scorer" "$@"
