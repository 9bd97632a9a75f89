# Sourced by bin/npm-mcp (and bin/bench): the start-up cache, keyed to the jar so that a rebuilt jar never meets a stale
# cache. JDK 24+: the ahead-of-time cache (-XX:AOTCache), made by a background training run that never touches the
# caller's stdio; JDK 21-23: the dynamic class-data archive, which the JVM itself writes at the first exit.
# Needs NPM_MCP_JAVA and NPM_MCP_JAVA_MAJOR (bin/lib/jdk.sh). NPM_MCP_CACHE=off disables both; NPM_MCP_CACHE=cds takes
# the class-data archive on any JDK, so that its path, JDK 21's, is tested and measured where only a newer JDK is.

# Prints a key that changes whenever the jar does: its size and modification time (GNU or BSD stat).
npm_mcp_jar_key() {
  stat -c '%s-%Y' "$1" 2>/dev/null || stat -f '%z-%m' "$1"
}

# Whether this start's cache is the AOT cache (JDK 24+, unless NPM_MCP_CACHE=cds) rather than the class-data archive.
npm_mcp_cache_is_aot() {
  [ "$NPM_MCP_JAVA_MAJOR" -ge 24 ] && [ "${NPM_MCP_CACHE:-on}" != cds ]
}

# The cache file for jar $1 (a path with a folder) on this JDK: beside the jar, named by JDK major and jar key.
npm_mcp_cache_file() {
  local jar=$1 ext=jsa
  npm_mcp_cache_is_aot && ext=aot
  echo "${jar%/*}/npm-mcp-jdk$NPM_MCP_JAVA_MAJOR-$(npm_mcp_jar_key "$jar").$ext"
}

# Removes the caches of earlier jars made by this JDK (their key can never match again).
npm_mcp_cache_prune() {
  local keep=$1 f ext=${1##*.}
  for f in "${keep%/*}"/npm-mcp-jdk"$NPM_MCP_JAVA_MAJOR"-*."$ext"; do
    [ -e "$f" ] && [ "$f" != "$keep" ] && rm -f "$f"
  done
  return 0
}

# Settings for a small stdio process: one GC thread and no GC pauses worth a second collector; C1 only, since a
# session is short and waits on NPM, not on the CPU; C1 compiling after a tenth of the usual invocations, since a
# session makes tens of tool calls, not thousands (bin/bench: p50 overhead of a call 2.2 ms without, 0.3-0.5 ms
# with, same start-up and RSS); a heap that starts at 4 MB and stays small. From JDK 22, no single C1 compilation
# may take more than 1 MB: at start-up the JVM spins classes (annotation proxies, lambda forms) and C1 then compiles
# the ClassFile API's stack-map code with arenas of 4-7 MB each, a peak RSS paid for code that runs only at start-up,
# which now stays interpreted (bin/bench, A/B: peak RSS 75 -> 68 MB with a 2 MB limit and -Xms4m; 63.3 -> 62.4 MiB
# from 2 MB to 1 MB, which leaves three more start-up methods to the interpreter; initialize and call overhead within
# their noise each time).
# Nothing of the JVM's own on stdout, the protocol channel: its log warnings (which go to stdout by default, such as
# "UseLargePages disabled") go to stderr, and so does what it prints outside the log (-XX:+PrintFlagsFinal, say);
# "quiet" first for CompileCommand too, which would echo itself. NPM_MCP_JAVA_OPTS comes after these and so overrides
# any of them; a collector it names replaces SerialGC, since the JVM refuses two.
npm_mcp_jvm_defaults() {
  local gc="-XX:+UseSerialGC" opt compile=""
  for opt in ${NPM_MCP_JAVA_OPTS:-}; do
    case "$opt" in -XX:+Use*GC) gc="" ;; esac
  done
  [ "${NPM_MCP_JAVA_MAJOR:-21}" -ge 22 ] && compile="-XX:CompileCommand=quiet -XX:CompileCommand=MemLimit,*.*,1m"
  echo "-Xlog:disable -Xlog:all=warning:stderr -XX:+DisplayVMOutputToStderr" \
    "$gc -XX:TieredStopAtLevel=1 -XX:CompileThresholdScaling=0.1 $compile -Xss512k -XX:MaxRAM=1g -Xms4m" \
    "-XX:MaxHeapFreeRatio=30 -XX:MinHeapFreeRatio=10"
}

# Options for making an AOT cache on JDK $1: from JDK 25 the cache would also hold the method profiles of the training
# run, which only C2 uses; with C1 alone they are dead weight that costs at every start (A/B, bin/lib/cache.sh
# defaults, 9 starts each: initialize 314 -> 266 ms, peak RSS 68.4 -> 66.3 MB). A diagnostic flag, so unlocked first.
npm_mcp_aot_make_opts() {
  [ "${1:-0}" -ge 25 ] && echo "-XX:+UnlockDiagnosticVMOptions -XX:-AOTRecordTraining"
  return 0
}

# Runs the command "$@" (a JVM serving MCP on stdio) through the session start-up caches are trained on: what an MCP
# client does when it connects (initialize, then the lists it reads), against an instance that is never reached, in
# home $1 of its own, with none of the user's NPM_* settings, so it touches no user file, keyring or NPM. No tool call:
# every start loads all that its cache holds, and a call's HTTP client would add ~6 MB to each start's RSS to save the
# first call of a session ~100 ms.
npm_mcp_train_session() {
  local home=$1
  shift
  # shellcheck disable=SC2046 # the unset options are words on purpose
  printf '%s\n' \
    '{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18","capabilities":{},"clientInfo":{"name":"npm-mcp-training","version":"1"}}}' \
    '{"jsonrpc":"2.0","method":"notifications/initialized"}' \
    '{"jsonrpc":"2.0","id":2,"method":"tools/list"}' \
    '{"jsonrpc":"2.0","id":3,"method":"prompts/list"}' \
    '{"jsonrpc":"2.0","id":4,"method":"resources/list"}' \
    '{"jsonrpc":"2.0","id":5,"method":"resources/templates/list"}' \
    | env $(env | awk -F= '/^NPM_/ {print "-u " $1}') HOME="$home" NPM_URL="http://127.0.0.1:9/" \
        NPM_IDENTITY="training@example.invalid" NPM_SECRET="training" "$@" >/dev/null 2>&1
}

# The training run for JDK 24+: records which classes the training session loads, then creates the cache from that
# record, under a temporary name renamed into place only when complete. One trainer at a time (mkdir is atomic); stdin,
# stdout and stderr are its own, so the client's protocol channel never sees it. $1 jar, $2 cache file, $3 delay in
# seconds (lets the user's own start have the CPU first).
npm_mcp_aot_train() {
  local jar=$1 cache=$2 delay=${3:-0} lock="$2.lock" home conf tmp make
  make=$(npm_mcp_aot_make_opts "$NPM_MCP_JAVA_MAJOR")
  mkdir "$lock" 2>/dev/null || return 0
  home=$(mktemp -d "${TMPDIR:-/tmp}/npm-mcp-aot.XXXXXX") || { rmdir "$lock"; return 0; }
  conf="$cache.$$.aotconf"
  tmp="$cache.$$.tmp"
  (
    trap 'rm -rf "$home" "$conf" "$tmp" "$lock"' EXIT
    sleep "$delay"
    # shellcheck disable=SC2046,SC2086 # the defaults are words on purpose
    npm_mcp_train_session "$home" "$NPM_MCP_JAVA" -Duser.home="$home" -Djava.io.tmpdir="$home" \
      $(npm_mcp_jvm_defaults) $make -XX:AOTMode=record -XX:AOTConfiguration="$conf" -Xlog:aot*=off:stderr \
      -Xlog:cds*=off:stderr -jar "$jar" serve || exit 0
    # shellcheck disable=SC2046,SC2086
    "$NPM_MCP_JAVA" $(npm_mcp_jvm_defaults) $make -XX:AOTMode=create -XX:AOTConfiguration="$conf" \
      -XX:AOTCache="$tmp" -Xlog:aot*=off:stderr -Xlog:cds*=off:stderr -jar "$jar" </dev/null >/dev/null 2>&1 || exit 0
    mv -f "$tmp" "$cache" && npm_mcp_cache_prune "$cache"
  ) </dev/null >/dev/null 2>&1 &
}

# Prints the JVM options that use (or make) the start-up cache for jar $1. On JDK 24+ with no cache for this jar yet,
# starts the background training and prints nothing: this start runs without a cache, the next one has it.
npm_mcp_cache_opts() {
  local jar=$1 cache
  [ "${NPM_MCP_CACHE:-on}" = "off" ] && return 0
  cache=$(npm_mcp_cache_file "$jar")
  if npm_mcp_cache_is_aot; then
    if [ -f "$cache" ]; then
      echo "-Xlog:aot*=off:stderr -Xlog:cds*=off:stderr -XX:AOTCache=$cache"
    else
      npm_mcp_aot_train "$jar" "$cache" "${NPM_MCP_CACHE_DELAY:-3}"
    fi
  else
    npm_mcp_cache_prune "$cache"
    echo "-Xlog:cds*=off:stderr -XX:+AutoCreateSharedArchive -XX:SharedArchiveFile=$cache"
  fi
}
