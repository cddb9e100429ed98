#!/usr/bin/env bash
# bench-first-frame.sh measures time to the first frame in a pseudo-terminal
# for brief and for the yardsticks of issue 7, in one run, and prints one
# Markdown table. Run from the repository root:
#
#	scripts/bench-first-frame.sh            # 7 runs per row
#	RUNS=15 scripts/bench-first-frame.sh
#
# The 10,000-article folder is generated once and kept in $BENCH_DIR
# (default: a brief-bench folder in the temp dir). brief's cache of parsed
# articles lives in a cache folder of its own, so the user's is not touched:
# "cold" runs with BRIEF_NO_CACHE=1, "warm" after one run has filled it.
set -euo pipefail

RUNS=${RUNS:-7}
BENCH_DIR=${BENCH_DIR:-${TMPDIR:-/tmp}/brief-bench}
N=${N:-10000}
bin=$(mktemp -d)
trap 'rm -rf "$bin"' EXIT

go build -o "$bin/brief" .
go build -o "$bin/baseline" ./scripts/baseline
go build -o "$bin/firstframe" ./scripts/firstframe

corpus="$BENCH_DIR/articles-$N"
# Once every article is read the list's footer reads "1/10,000" (the
# count with thousands separators). firstframe reads the output stream,
# not a screen, so the marker must be text the terminal receives in one
# piece: the footer is rewritten whole when the count gains a digit, and
# shows the full count only when all are in.
nfmt=$(echo "$N" | sed -e ':a' -e 's/\B[0-9]\{3\}\>/,&/' -e 'ta')
if [ ! -f "$corpus/.complete" ]; then
	rm -rf "$corpus"
	go run ./scripts/genbriefing -n "$N" -o "$corpus" >&2
	touch "$corpus/.complete"
fi
size=$(du -sm --apparent-size "$corpus" | cut -f1)
sample=$(ls content/articles/*.txt | head -n 1)
# The baseline's marker: the sample's first words, which Glamour shows.
sample_marker=$(head -c 200 "$sample" | head -n 1 | awk '{print $1" "$2}')

cache=$(mktemp -d)
trap 'rm -rf "$bin" "$cache"' EXIT
ff() { "$bin/firstframe" -runs "$RUNS" "$@"; }

echo "| what | size | median | fastest | slowest | peak RSS |"
echo "|---|---|---|---|---|---|"
ff -size 80x24 -until "$sample_marker" -label "baseline: Bubble Tea + Glamour, one article" -- "$bin/baseline" glamour "$sample"
ff -size 160x45 -until Unverified -label "brief, embedded briefing" -- env XDG_CACHE_HOME="$cache" "$bin/brief"
ff -size 160x45 -until files -label "baseline: list of first lines, $N files (${size} MB)" -- "$bin/baseline" list "$corpus"
ff -size 160x45 -until Unverified -label "brief, $N files, cold (BRIEF_NO_CACHE=1)" -- env BRIEF_NO_CACHE=1 XDG_CACHE_HOME="$cache" "$bin/brief" "$corpus"
# The reader shows the first articles while the rest are read; once all are
# in, the list's edge reads "Articles $N" and its note "1/$N" (while loading
# it counts "reading 3,400 / 10,000", with a comma and no border after).
ff -size 160x45 -until "1/$nfmt" -label "brief, $N files, cold, until all $N are listed" -- env BRIEF_NO_CACHE=1 XDG_CACHE_HOME="$cache" "$bin/brief" "$corpus"
# Fill the cache once, then measure warm starts.
# (Not through the pseudo-terminal: the reader there is stopped at its first
# frame, before the rest is read, and a load cut short is not cached.)
env XDG_CACHE_HOME="$cache" "$bin/brief" "$corpus" >/dev/null
ff -size 160x45 -until Unverified -label "brief, $N files, warm (cache of parsed articles)" -- env XDG_CACHE_HOME="$cache" "$bin/brief" "$corpus"
echo
echo "$(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(go version | cut -d' ' -f3), load average $(cut -d' ' -f1-3 /proc/loadavg)"
