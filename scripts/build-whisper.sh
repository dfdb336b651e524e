#!/usr/bin/env bash
# Builds whisper.cpp 1.9.1 as shared libraries from the sources the npm package nodejs-whisper@0.3.1 ships, once per
# machine (cached under ~/.cache), and copies libwhisper and its ggml libraries into .native/whisper of the repository,
# where the whisper binding looks for them. Does nothing when they are already there.
set -euo pipefail

WHISPER_VERSION=1.9.1
NPM_PACKAGE=nodejs-whisper@0.3.1
LIBRARIES=(libwhisper.so libggml.so libggml-base.so libggml-cpu.so)

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
target="$repo/.native/whisper"
cache="${XDG_CACHE_HOME:-$HOME/.cache}/sentimentdashboard/whisper.cpp-$WHISPER_VERSION"

has_libraries() {
    local library
    for library in "${LIBRARIES[@]}"; do
        [[ -e "$1/$library" ]] || return 1
    done
}

if has_libraries "$target"; then
    exit 0
fi

mkdir -p "$cache"
# Two checkouts of the repository may run this at the same time: one builds, the other waits and copies.
exec 9>"$cache/.lock"
flock 9

if ! has_libraries "$cache/lib"; then
    for tool in npm cmake g++ tar; do
        command -v "$tool" >/dev/null 2>&1 || { echo "error: '$tool' is needed to build whisper.cpp" >&2; exit 1; }
    done

    echo "whisper.cpp $WHISPER_VERSION: fetching the sources ($NPM_PACKAGE)"
    rm -rf "$cache/src" "$cache/lib"
    mkdir -p "$cache/src"
    (cd "$cache/src" && npm pack --silent "$NPM_PACKAGE" >/dev/null && tar -xzf ./*.tgz && rm ./*.tgz)
    sources="$cache/src/package/cpp/whisper.cpp"
    if ! grep -q "project(\"whisper.cpp\" VERSION $WHISPER_VERSION)" "$sources/CMakeLists.txt"; then
        echo "error: $NPM_PACKAGE does not contain whisper.cpp $WHISPER_VERSION" >&2
        exit 1
    fi

    echo "whisper.cpp $WHISPER_VERSION: building (a few minutes)"
    (
        cd "$sources"
        cmake -B build -DCMAKE_BUILD_TYPE=Release -DBUILD_SHARED_LIBS=ON -DWHISPER_BUILD_TESTS=OFF \
            -DWHISPER_BUILD_EXAMPLES=OFF -DGGML_NATIVE=OFF >"$cache/build.log" 2>&1
        cmake --build build -j2 --target whisper >>"$cache/build.log" 2>&1
    ) || { tail -n 20 "$cache/build.log" >&2; echo "error: the whisper.cpp build failed; see $cache/build.log" >&2; exit 1; }

    mkdir -p "$cache/lib.tmp"
    # -P keeps the soname symlinks (libwhisper.so -> libwhisper.so.1 -> libwhisper.so.1.9.1) as links.
    find "$sources/build" \( -name 'libwhisper.so*' -o -name 'libggml*.so*' \) -exec cp -P {} "$cache/lib.tmp/" \;
    has_libraries "$cache/lib.tmp" || { echo "error: the whisper.cpp build did not produce ${LIBRARIES[*]}" >&2; exit 1; }
    mv "$cache/lib.tmp" "$cache/lib"
    rm -rf "$cache/src"
fi

mkdir -p "$target"
cp -P "$cache/lib/"* "$target/"
echo "whisper.cpp $WHISPER_VERSION: libraries in .native/whisper"
