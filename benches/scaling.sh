#!/usr/bin/env bash
# Scaling on generated corpora: size -> time -> MB/s -> peak memory -> quality.
#
#   benches/scaling.sh [DIR] [SIZES_MB...]      (default DIR /tmp/eventgraph-scaling, sizes 1 10 100)
#
# For each size it writes DIR/cN (generator, seed 1) unless it is there, builds the graph on all
# cores under /usr/bin/time -v (with EVENTGRAPH_TRACE=1 for the time and memory of each phase,
# in DIR/cN/trace.txt), and scores person clustering with benches/synth_quality.py (linear; the
# full scorer, score_graph.py, is run too for sizes up to 10 MB). Prints one Markdown row a size.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${1:-/tmp/eventgraph-scaling}
shift || true
sizes=("$@")
[ ${#sizes[@]} -eq 0 ] && sizes=(1 10 100)
cargo build --release --quiet --example gen_corpus --example build_graph
mkdir -p "$dir"
echo "| size | articles | time | MB/s | peak memory | bytes of memory per input byte | full-name spellings joined | all spellings joined | persons falsely merged | scorer (person F1, false merges, event P / R) |"
echo "|---|---|---|---|---|---|---|---|---|---|"
for mb in "${sizes[@]}"; do
    c="$dir/c$mb"
    [ -f "$c/gold.json" ] || ./target/release/examples/gen_corpus "$c" --mb "$mb" > /dev/null
    bytes=$(find "$c/docs" -name '*.txt' -print0 | du -cb --files0-from=- | tail -1 | cut -f1)
    articles=$(find "$c/docs" -name '*.txt' | wc -l)
    EVENTGRAPH_TRACE=1 /usr/bin/time -v ./target/release/examples/build_graph "$c/docs" --quiet --json "$c/graph.json" \
        > /dev/null 2> "$c/trace.txt"
    secs=$(grep "Elapsed (wall clock)" "$c/trace.txt" | awk '{print $NF}' | awk -F: '{ if (NF == 3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
    kb=$(grep "Maximum resident set size" "$c/trace.txt" | awk '{print $NF}')
    q=$(python3 benches/synth_quality.py "$c/graph.json" "$c/gold.json" | tail -1)
    jf=$(echo "$q" | sed -E 's/.*joined_full ([0-9.]+).*/\1/')
    ja=$(echo "$q" | sed -E 's/.*joined_all ([0-9.]+).*/\1/')
    fm=$(echo "$q" | sed -E 's/.*false_merges ([0-9]+) rate ([0-9.]+).*/\1 (\2)/')
    persons=$(echo "$q" | sed -E 's/.*persons ([0-9]+).*/\1/')
    scorer="not run (over 10 MB it takes too long)"
    if [ "$mb" -le 10 ] && [ -f ../shared/tools/score_graph.py ]; then
        s=$(python3 ../shared/tools/score_graph.py "$c/graph.json" "$c/gold.json" | tail -1)
        scorer=$(echo "$s" | sed -E 's/.*person_f1=([0-9.]+).*false_merges=([0-9]+).*event_p=([0-9.]+) event_r=([0-9.]+).*/\1, \2, \3 \/ \4/')
    fi
    awk -v mb="$mb" -v n="$articles" -v s="$secs" -v kb="$kb" -v b="$bytes" -v jf="$jf" -v ja="$ja" -v fm="$fm" -v p="$persons" -v sc="$scorer" \
        'BEGIN { printf "| %s MB | %d | %.1f s | %.2f | %.0f MB | %.1f | %s | %s | %s of %s | %s |\n", mb, n, s, b / s / 1e6, kb / 1024, kb * 1024 / b, jf, ja, fm, p, sc }'
done
