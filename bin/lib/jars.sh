# Sourced by bin/thanthien and the bench/ scripts: build_if_stale MODULE JAR builds the Maven
# module jobs/MODULE (and the modules it needs) when JAR is missing or older than any source,
# POM, contract, SQL model or profile file.
build_if_stale() {
  local module="$1" jar="$2"
  if [ -f "$jar" ] && [ -z "$(find "$ROOT/pom.xml" "$ROOT/jobs" "$ROOT/schemas" "$ROOT/sql" "$ROOT/reference" \
      -newer "$jar" -type f \( -name pom.xml -o -path '*/src/main/*' -o -path "$ROOT/schemas/*" \
      -o -path "$ROOT/sql/*" -o -path "$ROOT/reference/*" \) -print -quit 2>/dev/null)" ]; then
    return 0
  fi
  echo "▸ đang biên dịch thanthien ($module, mvn package)…" >&2
  (cd "$ROOT" && mvn -q -B -ntp -DskipTests -pl "jobs/$module" -am clean package) >&2
}
