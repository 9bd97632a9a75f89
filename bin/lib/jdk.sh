# Sourced by bin/npm-mcp and bin/test: finds a JDK >= 21 and exports JAVA_HOME and NPM_MCP_JAVA.
# Order: JAVA_HOME, then the java on PATH, then the JDKs under /usr/lib/jvm (NPM_MCP_JVM_DIR overrides that folder).
# Everything it says goes to stderr: stdout may be the MCP protocol channel.

# Sets npm_mcp_major to the major version of the java binary $1, or to nothing. A JDK's "release" file says it, read
# with shell builtins only: every MCP client's start of the server runs this for each candidate JDK, and each program
# a launcher starts (dirname, sed) costs about a millisecond. Only a JDK without that file is asked, which costs a
# second JVM start (~150 ms).
npm_mcp_read_major() {
  local home=${1%/*} line
  home=${home%/*}
  npm_mcp_major=""
  if [ -f "$home/release" ]; then
    while IFS= read -r line || [ -n "$line" ]; do
      case "$line" in
        JAVA_VERSION=\"*)
          line=${line#JAVA_VERSION=\"}
          npm_mcp_major=${line%%[!0-9]*}
          break
          ;;
      esac
    done <"$home/release"
    [ -n "$npm_mcp_major" ] && [ "$npm_mcp_major" != 1 ] && return 0
  fi
  npm_mcp_major=$("$1" -XshowSettings:properties -version 2>&1 \
    | awk -F'= ' '/java.specification.version/ {print $2; exit}' | cut -d. -f1)
}

# Prints the major version of the java binary $1, or nothing.
npm_mcp_java_major() {
  npm_mcp_read_major "$1"
  echo "$npm_mcp_major"
}

npm_mcp_find_jdk() {
  local candidates=() c major home best="" best_major=0 told=""
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME/bin/java")
  if command -v java >/dev/null 2>&1; then
    candidates+=("$(readlink -f "$(command -v java)")")
  fi
  for c in "${NPM_MCP_JVM_DIR:-/usr/lib/jvm}"/*/bin/java; do [ -x "$c" ] && candidates+=("$c"); done
  for c in "${candidates[@]}"; do
    [ -x "$c" ] || continue
    npm_mcp_read_major "$c"
    major=$npm_mcp_major
    [ -n "$major" ] || continue
    if [ "$major" -lt 21 ] && [ -n "${JAVA_HOME:-}" ] && [ "$c" = "$JAVA_HOME/bin/java" ] && [ -z "$told" ]; then
      told=1
      echo "npm-mcp: JAVA_HOME ($JAVA_HOME) is Java $major; looking for a JDK 21 or newer elsewhere." >&2
    fi
    if [ "$major" -ge 21 ]; then
      # the first acceptable candidate in priority order wins; /usr/lib/jvm is scanned only when nothing earlier fits
      best="$c"; best_major="$major"; break
    fi
  done
  if [ -z "$best" ]; then
    {
      echo "npm-mcp: no JDK 21 or newer found."
      echo "  Looked at: JAVA_HOME (${JAVA_HOME:-unset}), 'java' on PATH, ${NPM_MCP_JVM_DIR:-/usr/lib/jvm}/*."
      echo "  Install one (e.g. Temurin 21+: https://adoptium.net, or your distribution's openjdk-21-jdk)"
      echo "  and either put it on PATH or set JAVA_HOME to its folder."
    } >&2
    return 1
  fi
  home=${best%/*}
  home=${home%/*}
  export JAVA_HOME="$home"
  export NPM_MCP_JAVA="$best"
  export NPM_MCP_JAVA_MAJOR="$best_major"
  # Maven 3.8's bundled Guava trips JDK 24+'s sun.misc.Unsafe warnings on every build; they are Maven's, not ours
  if [ "$best_major" -ge 24 ]; then
    export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow"
  fi
}
