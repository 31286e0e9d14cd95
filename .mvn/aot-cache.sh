# Sourced (POSIX sh) by ./boardpack after find-jdk.sh: an optional JDK 25+ AOT cache (JEP 483/514/515)
# for the user jar, so a cold command loads and links its classes from the cache and starts with
# method profiles from a training run instead of learning them again each time.
# Safe by construction: only on JDK 25+, only when the cache is newer than the jar (a rebuilt jar
# makes it stale and it is made again), built best-effort (a failed training run leaves no cache and
# the command runs as before), and any cache the JVM still refuses is ignored silently (AOTMode auto,
# its messages off, since they would go to stdout). BOARDPACK_AOT=off turns it off.

# Prints the JVM options that use the cache for $1 (the jar), making the cache first if it is
# missing or older than the jar; prints nothing when no cache can be used.
boardpack_aot_options() {
  _jar=$1; _aot="${1%.jar}.aot"
  [ "${BOARDPACK_AOT:-on}" != off ] || return 0
  case $_aot in *[[:space:]]*) return 0 ;; esac # the options are split on spaces
  [ "$(boardpack_java_major "$JAVA_HOME/bin/java")" -ge 25 ] || return 0
  if [ ! -f "$_aot" ] || [ -n "$(find "$_jar" -newer "$_aot" 2>/dev/null)" ]; then
    boardpack_aot_train "$_jar" "$_aot"
  fi
  if [ -f "$_aot" ] && [ -z "$(find "$_jar" -newer "$_aot" 2>/dev/null)" ]; then
    echo "-XX:AOTCache=$_aot -Xlog:aot*=off -Xlog:cds*=off -Xlog:class+path*=off"
  fi
}

# The training run: ingest of the bundled sample packs into a throw-away index, then a search of it
# (the classes and hot methods of the commands users run most). Written to a temporary name and
# moved into place whole, so a concurrent or interrupted run never leaves half a cache.
boardpack_aot_train() {
  _jar=$1; _aot=$2; _packs="$BOARDPACK_HOME/corpus/packs"
  [ -d "$_packs" ] || return 0
  echo "boardpack: preparing the start-up cache (once per build; BOARDPACK_AOT=off skips it) ..." >&2
  _work=$(mktemp -d "${TMPDIR:-/tmp}/boardpack-aot.XXXXXX") || return 0
  _log="${TMPDIR:-/tmp}/boardpack-aot.log"
  # beside the cache, so the move is a rename within one file system: whole or not at all
  _new="$_aot.$$.tmp"
  if "$JAVA_HOME/bin/java" -XX:AOTCacheOutput="$_new" -Xlog:aot*=off -Xlog:cds*=off \
        -Dboardpack.home="$BOARDPACK_HOME" -jar "$_jar" ingest --index "$_work/index" "$_packs" >"$_log" 2>&1 \
      && [ -s "$_new" ]; then
    mv -f "$_new" "$_aot" 2>/dev/null || true
  else
    echo "boardpack: no start-up cache (see $_log); running without it" >&2
  fi
  rm -rf "$_work" "$_new" "$_new.config"
}
