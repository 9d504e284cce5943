#!/usr/bin/env bash
# Start a local Elasticsearch node (ES_NODES=3: a cluster of three processes)
# in the background and wait until it is yellow or green with every node joined.
#   bash services/elasticsearch/start.sh
# Env: ES_PORT (9200), ES_NODES (1), ES_HEAP (512m per node),
#      ES_JAVA_HOME (a JDK >= 21; found under /usr/lib/jvm otherwise),
#      ES_START_TIMEOUT (180 seconds).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
TIMEOUT="${ES_START_TIMEOUT:-180}"

# %3E%3D is ">=".
healthy() {
    local health
    health=$(curl -fsS --max-time 10 "$URL/_cluster/health?wait_for_nodes=%3E%3D$NODES&timeout=1s" 2>/dev/null) &&
        [[ $health =~ \"status\":\"(green|yellow)\" ]]
}

if healthy; then
    echo "Elasticsearch already running at $URL"
    exit 0
fi
for file in $(pid_files_on_port); do
    if [[ $file != "$CLUSTER"/* ]] && grep -qs org.elasticsearch "/proc/$(cat "$file")/cmdline"; then
        echo "a cluster of ours with another ES_NODES runs on port $PORT; run stop.sh first" >&2
        exit 1
    fi
done

JDK=$(bash "$DIR/java-home.sh") || {
    echo "Elasticsearch $VERSION needs a JDK >= 21: install one or set ES_JAVA_HOME" >&2
    exit 1
}
mkdir -p "$VAR"
start=$(date +%s)

# Build the plugin and fetch the distribution (both through ~/.m2) when pom.xml
# or the plugin's sources changed; later starts skip Maven.
PLUGIN_ZIP="$DIR/target/praksisbanken-analysis-1.0.0.zip"
DIST_ZIP="$DIR/target/elasticsearch-$VERSION.zip"
if [ ! -s "$PLUGIN_ZIP" ] || [ ! -s "$DIST_ZIP" ] ||
    [ -n "$(find "$DIR/pom.xml" "$DIR/src" -newer "$PLUGIN_ZIP" | head -1)" ]; then
    command -v mvn >/dev/null || { echo "Maven (mvn) is needed to build the search node" >&2; exit 1; }
    echo "building the analysis plugin and fetching Elasticsearch $VERSION with Maven (log: $VAR/build.log)..."
    if ! JAVA_HOME="$JDK" mvn -B -f "$DIR/pom.xml" package >"$VAR/build.log" 2>&1; then
        tail -n 40 "$VAR/build.log" >&2
        exit 1
    fi
fi

# Unpack the distribution and install the plugin once per build of either.
if [ ! -f "$DIST/.installed" ] || [ "$PLUGIN_ZIP" -nt "$DIST/.installed" ] || [ "$DIST_ZIP" -nt "$DIST/.installed" ]; then
    if compgen -G "$VAR/port-*/node-*/pid" >/dev/null; then
        for file in $VAR/port-*/node-*/pid; do
            if grep -qs "$DIST" "/proc/$(cat "$file")/cmdline"; then
                echo "a node still runs from $DIST (pid file $file); stop it before reinstalling" >&2
                exit 1
            fi
        done
    fi
    echo "unpacking Elasticsearch $VERSION and installing the analysis plugin..."
    rm -rf "$DIST"
    unzip -q "$DIST_ZIP" -d "$VAR"
    ES_JAVA_HOME="$JDK" "$DIST/bin/elasticsearch-plugin" install --batch --silent "file://$PLUGIN_ZIP"
    touch "$DIST/.installed"
fi

ensure_node_user
for ((n = 1; n <= NODES; n++)); do
    [ -n "$(node_pid "$n")" ] && continue
    if port_busy "$((PORT + n - 1))"; then
        echo "port $((PORT + n - 1)) is in use by something else (not a healthy node of ours); set ES_PORT" >&2
        exit 1
    fi
done
echo "starting $NODES Elasticsearch $VERSION node(s) at $URL (logs: $CLUSTER/node-*/logs)..."
# Together: the nodes of a new cluster elect a master only once enough have started.
for ((n = 1; n <= NODES; n++)); do
    [ -n "$(node_pid "$n")" ] || launch_node "$n" &
done
failed=0
wait_all() { local job; for job in $(jobs -p); do wait "$job" || failed=1; done; }
wait_all
if [ "$failed" = 1 ]; then
    echo "a node failed to start; last log lines:" >&2
    tail -n 30 "$CLUSTER"/node-*/logs/console.log "$CLUSTER"/node-*/logs/praksisbanken-"$PORT".log 2>/dev/null >&2 || true
    bash "$DIR/stop.sh" >&2
    exit 1
fi

while ! healthy; do
    if (($(date +%s) - start > TIMEOUT)); then
        echo "Elasticsearch not healthy after ${TIMEOUT}s; stopping it. Last log lines:" >&2
        tail -n 30 "$CLUSTER"/node-*/logs/praksisbanken-"$PORT".log >&2 || true
        bash "$DIR/stop.sh" >&2
        exit 1
    fi
    sleep 1
done
echo "Elasticsearch $VERSION ready at $URL after $(($(date +%s) - start))s"
