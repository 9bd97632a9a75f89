#!/bin/sh
# npm-mcp from the release archive: its own Java runtime, the jar, and a start-up cache made for exactly these two.
# Nothing but the server may write to stdout: it is the MCP stdio channel. NPM_MCP_JAVA_OPTS adds JVM options (they
# win over ours); NPM_MCP_CACHE=off runs without the cache.
set -eu
# this script's folder, found through any symlinks to it (such as one in /usr/local/bin), and without dirname: each
# program a launcher starts delays every start, so readlink runs only when there is a link to follow
self=$0
while [ -L "$self" ]; do
  link=$(readlink "$self")
  case "$link" in
    /*) self=$link ;;
    *) case "$self" in */*) self=${self%/*}/$link ;; *) self=$link ;; esac ;;
  esac
done
case "$self" in */*) bin=${self%/*} ;; *) bin=. ;; esac
here=$(CDPATH='' cd -- "$bin/.." && pwd)
NPM_MCP_LAUNCHER="$here/bin/npm-mcp"
export NPM_MCP_LAUNCHER
gc=-XX:+UseSerialGC
case " ${NPM_MCP_JAVA_OPTS:-} " in
  *-XX:+Use*GC*) gc="" ;;
esac
set -- -jar "$here/lib/npm-mcp.jar" "$@"
if [ "${NPM_MCP_CACHE:-on}" != off ]; then
  if [ -f "$here/lib/npm-mcp.aot" ]; then
    set -- "-XX:AOTCache=$here/lib/npm-mcp.aot" "-Xlog:aot*=off:stderr" "-Xlog:cds*=off:stderr" "$@"
  elif [ -f "$here/lib/npm-mcp.jsa" ]; then
    set -- "-XX:SharedArchiveFile=$here/lib/npm-mcp.jsa" "-Xlog:cds*=off:stderr" "$@"
  fi
fi
# shellcheck disable=SC2086 # the options are words on purpose
exec "$here/runtime/bin/java" $gc @JVM_DEFAULTS@ ${NPM_MCP_JAVA_OPTS:-} "$@"
