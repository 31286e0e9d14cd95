# Sourced (POSIX sh) by ./mvnw and ./boardpack: makes JAVA_HOME point at a JDK 21 or newer.
# Lucene 10 needs Java 21+, while the default `java` on our machines is 17. An explicit JAVA_HOME
# that is new enough wins; otherwise the newest JDK under /usr/lib/jvm (or /opt/java) is used.

boardpack_java_major() {
  # prints the feature version of the java binary given, e.g. 17 or 25
  "$1" -version 2>&1 | awk -F'"' '/version/ { split($2, v, "."); if (v[1] == "1") print v[2]; else print v[1]; exit }'
}

boardpack_find_jdk() {
  if [ -n "${JAVA_HOME-}" ] && [ -x "$JAVA_HOME/bin/javac" ]; then
    _v=$(boardpack_java_major "$JAVA_HOME/bin/java")
    if [ -n "$_v" ] && [ "$_v" -ge 21 ]; then return 0; fi
  fi
  _best=""; _bestv=0
  # ./mvnw runs with `set -f`; the search needs globbing
  case $- in *f*) _noglob=1; set +f ;; *) _noglob=0 ;; esac
  for _d in /usr/lib/jvm/* /opt/java/* /usr/local/lib/jvm/*; do
    [ -x "$_d/bin/javac" ] || continue
    _v=$(boardpack_java_major "$_d/bin/java")
    [ -n "$_v" ] || continue
    if [ "$_v" -ge 21 ] && [ "$_v" -gt "$_bestv" ]; then _best=$_d; _bestv=$_v; fi
  done
  [ "$_noglob" = 0 ] || set -f
  if [ -z "$_best" ] && command -v javac >/dev/null 2>&1; then
    _j=$(readlink -f "$(command -v javac)"); _d=${_j%/bin/javac}
    _v=$(boardpack_java_major "$_d/bin/java")
    if [ -n "$_v" ] && [ "$_v" -ge 21 ]; then _best=$_d; fi
  fi
  if [ -z "$_best" ]; then
    echo "boardpack: no JDK 21 or newer found (JAVA_HOME unset or too old, nothing under /usr/lib/jvm)." >&2
    echo "boardpack: install one, e.g. 'apt-get install openjdk-21-jdk-headless', or set JAVA_HOME to a JDK 21+." >&2
    return 1
  fi
  JAVA_HOME=$_best
  export JAVA_HOME
}

boardpack_find_jdk || exit 1

# Maven 3.9's Guice warns about sun.misc.Unsafe on JDK 24+; the option does not exist before 24
if [ "$(boardpack_java_major "$JAVA_HOME/bin/java")" -ge 24 ]; then
  case "${MAVEN_OPTS-}" in *sun-misc-unsafe*) ;; *) MAVEN_OPTS="${MAVEN_OPTS-} --sun-misc-unsafe-memory-access=allow"; export MAVEN_OPTS ;; esac
fi
