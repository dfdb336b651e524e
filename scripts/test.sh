#!/usr/bin/env bash
# Runs every test of the solution. On a fresh Debian machine it first installs (as root) the
# Debian packages the tests need; the last line printed is "tests: N passed, N failed".
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

# Debian packages the tests need: Chromium for browser tests; ffmpeg, espeak-ng and PocketSphinx for audio
# tests. Whisper's native runtime comes with its NuGet package.
APT_PACKAGES=(chromium fonts-dejavu-core ffmpeg espeak-ng libpocketsphinx3 pocketsphinx-en-us)

missing=()
for package in "${APT_PACKAGES[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
        missing+=("$package")
    fi
done

if ((${#missing[@]} > 0)); then
    if [[ $(id -u) -ne 0 ]]; then
        echo "error: missing Debian packages: ${missing[*]}; install them as root (apt-get install ${missing[*]})" >&2
        exit 1
    fi
    echo "installing Debian packages: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

if ! command -v dotnet >/dev/null 2>&1; then
    echo "error: 'dotnet' is not on PATH; install the .NET SDK first" >&2
    exit 1
fi

export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1

results_dir=$(mktemp -d)
trap 'rm -rf "$results_dir"' EXIT

status=0
dotnet test SentimentDashboard.sln -c Release --logger trx --results-directory "$results_dir" || status=$?

# Sum the counters of every TRX file (one per test project).
counter() {
    local name=$1 total=0 value
    while read -r value; do
        total=$((total + value))
    done < <(grep -ho "<Counters [^>]*" "$results_dir"/*.trx 2>/dev/null | grep -o " $name=\"[0-9]*\"" | grep -o '[0-9]*' || true)
    echo "$total"
}

passed=$(counter passed)
failed=$(($(counter failed) + $(counter error) + $(counter timeout) + $(counter aborted)))

if ((failed > 0)) && [[ -d artifacts/test-output ]]; then
    echo "screenshots of failed browser tests: artifacts/test-output/screenshots"
fi

echo "tests: $passed passed, $failed failed"

if ((status != 0 || failed > 0 || passed == 0)); then
    exit 1
fi
