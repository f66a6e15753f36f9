#!/usr/bin/env bash
# Builds each libFuzzer target with ASan and runs it briefly from its committed seed corpus.
# Exits non-zero if any target fails to build or finds a crash, leak, hang or failed check.
#   FUZZ_SECONDS   run time per target (default 20)
#   FUZZ_TARGETS   space-separated names to run (default: all)
set -uo pipefail
cd "$(dirname "$0")/.."

# One line per target: name | entry file | source folders (space-separated) | seed corpus | modules.
# The sources are compiled with the entry as one module (internal API reachable); the modules they
# import are built first, in order, from Sources/<Module>, as instrumented static libraries.
# The binary goes to .fuzz/<name>-fuzz; new corpus entries and crash files stay under .fuzz/.
TARGETS=(
  "http | Fuzz/HTTPParserFuzz.swift | Sources/CoachHTTP | Fuzz/corpus/http | CoachJSON"
  "json | Fuzz/JSONBodyFuzz.swift | Sources/CoachServer/Support/RequestBody.swift Sources/CoachServer/Channels/TelegramUpdate.swift | Fuzz/corpus/json | CoachJSON CoachHTTP"
)

seconds=${FUZZ_SECONDS:-20}
wanted=${FUZZ_TARGETS:-}
mkdir -p .fuzz
failed=()

trim() { local s="$1"; s="${s#"${s%%[![:space:]]*}"}"; printf '%s' "${s%"${s##*[![:space:]]}"}"; }

for line in "${TARGETS[@]}"; do
  IFS='|' read -r name entry sources corpus modules <<< "$line"
  name=$(trim "$name"); entry=$(trim "$entry"); sources=$(trim "$sources"); corpus=$(trim "$corpus")
  modules=$(trim "${modules:-}")
  if [[ -n "$wanted" && " $wanted " != *" $name "* ]]; then continue; fi

  binary=".fuzz/$name-fuzz"
  echo "== fuzz $name: building $binary"
  libraries=()
  build_failed=""
  for module in $modules; do
    mkdir -p .fuzz/modules
    mapfile -t module_files < <(find "Sources/$module" -name '*.swift' | sort)
    if ! swiftc -sanitize=fuzzer,address -parse-as-library -O -module-name "$module" -I .fuzz/modules \
         -emit-module -emit-module-path ".fuzz/modules/$module.swiftmodule" -emit-library -static \
         "${module_files[@]}" "${libraries[@]}" -o ".fuzz/modules/lib$module.a" > ".fuzz/$name-build.log" 2>&1; then
      build_failed="$module"
      break
    fi
    libraries+=(".fuzz/modules/lib$module.a")
  done
  # shellcheck disable=SC2086
  mapfile -t files < <(find $sources -name '*.swift' | sort)
  # The linker's "Cannot export local symbol __asan_*" warnings are noise; the log is shown on failure.
  if [[ -n "$build_failed" ]] || ! swiftc -sanitize=fuzzer,address -parse-as-library -O -module-name "Fuzz_$name" \
       -I .fuzz/modules "$entry" "${files[@]}" "${libraries[@]}" -o "$binary" > ".fuzz/$name-build.log" 2>&1; then
    grep -v "Cannot export local symbol" ".fuzz/$name-build.log" | tail -n 40
    echo "== fuzz $name: BUILD FAILED"
    failed+=("$name (build)")
    continue
  fi

  work=".fuzz/corpus/$name"
  artifacts=".fuzz/artifacts/$name/"
  rm -rf "$artifacts"
  mkdir -p "$work" "$artifacts"
  echo "== fuzz $name: running for ${seconds}s"
  "$binary" "$work" "$corpus" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
      -artifact_prefix="$artifacts" -print_final_stats=1 > ".fuzz/$name.log" 2>&1
  status=$?
  tail -n 15 ".fuzz/$name.log"
  if [[ $status -ne 0 ]]; then
    echo "== fuzz $name: FAILED (exit $status); reproduce with: $binary $artifacts<crash-file>"
    ls "$artifacts" 2>/dev/null | sed 's/^/   /'
    failed+=("$name")
  else
    echo "== fuzz $name: ok"
  fi
done

if (( ${#failed[@]} > 0 )); then
  echo "fuzz: failures in: ${failed[*]}"
  exit 1
fi
echo "fuzz: all targets passed"
