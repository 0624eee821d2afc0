#!/usr/bin/env bash
# Two Cutis nodes on one PostgreSQL server, under ./cutis bench (issue 15, "more than one machine").
#
#   bash docs/two-nodes-bench.sh DATA_DIR [SECONDS] [CLIENTS]
#
# DATA_DIR is a center made by ./cutis generate. Its database server is started here on its own,
# as an external PostgreSQL would run (port 15432, loopback, passwords asked), and two Cutis nodes
# are started against it with CUTIS_DB_URL on ports 18081 and 18082. They share the data directory's
# file store and keys (as nodes share them on a network file system) and each has its own copy of
# the Lucene index (on several machines the index moves to an Elasticsearch/OpenSearch cluster: see
# the README). Then the bench measures the same operations three ways: node 1 alone, node 2 alone,
# and both with each request going to the next node in turn on one sign-in (a session made on one
# node used on the other). Everything is stopped at the end. Run it on a quiet machine.
set -euo pipefail
cd "$(dirname "$0")/.."

data=$(cd "${1:?usage: bash docs/two-nodes-bench.sh DATA_DIR [SECONDS] [CLIENTS]}" && pwd)
seconds=${2:-8}
clients=${3:-4}
pg_port=15432
out=${CUTIS_TWO_NODES_OUT:-$data/two-nodes}
mkdir -p "$out"

[ -f "$data/generated-center.json" ] || { echo "$data was not made by ./cutis generate" >&2; exit 2; }
bin=$(ls -d "$data"/postgresql/*/bin | head -1)
superuser_password=$(cat "$data/postgres.password")
ns=()
# PostgreSQL refuses to run as root; Cutis runs it in a user namespace of its own, and so does this
[ "$(id -u)" = 0 ] && ns=(unshare -U)

pids=()
stop_all() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
}
trap stop_all EXIT

echo "Starting PostgreSQL on 127.0.0.1:$pg_port from $data/pg"
setsid "${ns[@]}" "$bin/postgres" -D "$data/pg" -p "$pg_port" -c listen_addresses=127.0.0.1 \
  -c unix_socket_directories= -c max_connections=100 -c archive_mode=off \
  -c logging_collector=on -c log_directory=log -c log_filename=two-nodes.log &
pids+=($!)
# the roles Cutis itself creates in its embedded server, given passwords of this run; the embedded
# binaries have no psql, so a few lines of Java with the jar's own JDBC driver do it
owner_password=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
app_password=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
jar=target/cutis.jar
[ -f "$jar" ] || { echo "build first: mvn -B -q -DskipTests package" >&2; exit 2; }
unzip -p "$jar" "$(unzip -l "$jar" | grep -o 'BOOT-INF/lib/postgresql-[0-9.]*\.jar')" > "$out/postgresql.jar"
cat > "$out/Roles.java" <<'JAVA'
import java.sql.*;
public class Roles {
  public static void main(String[] a) throws Exception {
    for (int i = 0; ; i++) {
      try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + a[0] + "/cutis", "postgres", a[1]);
           Statement s = c.createStatement()) {
        s.execute("alter role cutis_owner password '" + a[2] + "'");
        s.execute("alter role cutis_app password '" + a[3] + "'");
        return;
      } catch (SQLException e) {
        if (i == 60) throw e;
        Thread.sleep(1000);
      }
    }
  }
}
JAVA
java -cp "$out/postgresql.jar" "$out/Roles.java" "$pg_port" "$superuser_password" "$owner_password" "$app_password"

[ -d "$data/search-index" ] || { echo "$data/search-index missing: run ./cutis reindex --data-dir $data first" >&2; exit 2; }
# node 1 builds the jar if the sources changed and prepares class data sharing (see the README's
# start-up section); node 2 starts once node 1 is ready, with what node 1 prepared
start_node() {
  local n=$1 port=$2 build=$3 started
  rm -rf "$out/index-$n"
  cp -r "$data/search-index" "$out/index-$n"
  started=$(date +%s.%N)
  CUTIS_NO_BUILD=$build CUTIS_DATADIR="$data" CUTIS_DB_URL="jdbc:postgresql://127.0.0.1:$pg_port/cutis" \
    CUTIS_DB_USER=cutis_app CUTIS_DB_PASSWORD="$app_password" \
    CUTIS_DB_OWNER_USER=cutis_owner CUTIS_DB_OWNER_PASSWORD="$owner_password" \
    CUTIS_SEARCH_INDEXDIR="$out/index-$n" CUTIS_SEARCH_REBUILDONSTART=false \
    setsid ./cutis run --port "$port" > "$out/node-$n.log" 2>&1 &
  pids+=($!)
  for _ in $(seq 1 3000); do
    curl -fs "http://127.0.0.1:$port/actuator/health/readiness" >/dev/null && break
    sleep 0.2
  done
  curl -fs "http://127.0.0.1:$port/actuator/health/readiness" >/dev/null \
    || { echo "node $n on $port did not become ready; see $out/node-$n.log" >&2; exit 1; }
  echo "node $n ready on $port after $(echo "$(date +%s.%N) - $started" | bc | xargs printf '%.1f') s" | tee -a "$out/start.txt"
}
: > "$out/start.txt"
start_node 1 18081 ""
start_node 2 18082 1

bench() {
  CUTIS_NO_BUILD=1 ./cutis bench --data-dir "$data" --seconds "$seconds" --clients "$clients" --json --url "$1" \
    > "$out/bench-$2.json" 2> "$out/bench-$2.log"
  echo "$2: $out/bench-$2.json"
}
bench http://127.0.0.1:18081 node-1
bench http://127.0.0.1:18082 node-2
bench http://127.0.0.1:18081,http://127.0.0.1:18082 both-nodes
for port in 18081 18082; do
  pid=$(pgrep -f -- "--server.port=$port" | head -1 || true)
  [ -n "$pid" ] && echo "node on $port: RSS $(( $(ps -o rss= -p "$pid") / 1024 )) MB" | tee -a "$out/rss.txt"
done
