#!/usr/bin/env bash
# Start the local search node in the background and wait until it is healthy.
#   bash services/elasticsearch/start.sh
# Env: ES_PORT (9200), ES_NODES (1; N nodes use ports ES_PORT..ES_PORT+N-1),
#      ES_JAVA_HEAP (1g, max heap of the one JVM that runs all nodes),
#      ES_JAVA_HOME (a JDK >= 21; found under /usr/lib/jvm otherwise),
#      ES_START_TIMEOUT (180 seconds).
set -euo pipefail

DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
PORT="${ES_PORT:-9200}"
NODES="${ES_NODES:-1}"
HEAP="${ES_JAVA_HEAP:-1g}"
TIMEOUT="${ES_START_TIMEOUT:-180}"
VAR="$DIR/var"
# Data per port *and* node count: a 3-node cluster's state can't be reopened by one node.
HOME_DIR="$VAR/port-$PORT-nodes-$NODES"
PID_FILE="$VAR/port-$PORT.pid"
LOG="$VAR/port-$PORT.log"
URL="http://127.0.0.1:$PORT"
MAIN=praksisbanken.searchnode.Main

# Healthy = green/yellow with all requested nodes joined (%3E%3D is ">=").
healthy() {
    local health
    health=$(curl -fsS --max-time 10 "$URL/_cluster/health?wait_for_nodes=%3E%3D$NODES&timeout=1s" 2>/dev/null) &&
        [[ $health =~ \"status\":\"(green|yellow)\" ]]
}
# Our JVM is alive (checking the command line guards against a reused pid).
running() {
    [ -f "$PID_FILE" ] && grep -qs "$MAIN" "/proc/$(cat "$PID_FILE")/cmdline"
}
port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

if healthy; then
    echo "search node already running at $URL"
    exit 0
fi
if running && curl -fsS --max-time 10 "$URL/_cluster/health" >/dev/null 2>&1; then
    echo "a node of ours already runs at $URL with a different ES_NODES; run stop.sh first" >&2
    exit 1
fi

mkdir -p "$VAR"
start=$(date +%s)

if ! running; then
    for ((p = PORT; p < PORT + NODES; p++)); do
        if port_busy "$p"; then
            echo "port $p is in use by something else (not a healthy node of ours); set ES_PORT" >&2
            exit 1
        fi
    done

    # OpenSearch 3 needs Java 21+ (the system java may be 17); javac too, for src/.
    JDK=""
    for home in ${ES_JAVA_HOME:-} ${JAVA_HOME:-} /usr/lib/jvm/*; do
        [ -x "$home/bin/javac" ] || continue
        v=$("$home/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
        if [ "${v%%.*}" -ge 21 ] 2>/dev/null; then JDK="$home"; break; fi
    done
    if [ -z "$JDK" ]; then
        echo "no JDK >= 21 found; install one and/or set ES_JAVA_HOME" >&2
        exit 1
    fi

    # Compile the launcher and resolve the classpath once; later starts skip Maven
    # unless pom.xml or src/ changed. The first run downloads ~100 MB into ~/.m2.
    CP_FILE="$DIR/target/classpath.txt"
    if [ ! -s "$CP_FILE" ] || [ -n "$(find "$DIR/pom.xml" "$DIR/src" -newer "$CP_FILE" | head -1)" ]; then
        command -v mvn >/dev/null || { echo "Maven (mvn) is needed for the first start" >&2; exit 1; }
        echo "building with Maven (log: $VAR/build.log)..."
        if ! JAVA_HOME="$JDK" mvn -B -f "$DIR/pom.xml" compile dependency:build-classpath \
            -Dmdep.outputFile="$CP_FILE" >"$VAR/build.log" 2>&1; then
            tail -n 40 "$VAR/build.log" >&2
            exit 1
        fi
    fi

    # Node settings shared by all nodes (the runner adds node name, http.port, paths).
    mkdir -p "$HOME_DIR/config"
    cat >"$HOME_DIR/config/opensearch.yml" <<YML
network.host: 127.0.0.1
# transport ports derived from ES_PORT so two clusters on one machine don't meet
transport.port: $((PORT + 100))-$((PORT + 109))
discovery.seed_hosts: ["127.0.0.1:$((PORT + 100))", "127.0.0.1:$((PORT + 101))", "127.0.0.1:$((PORT + 102))"]
# a fuller disk must not make indices read-only on dev/CI machines
cluster.routing.allocation.disk.threshold_enabled: false
YML

    # setsid+nohup: the node outlives the shell (or test runner) that started it.
    setsid nohup "$JDK/bin/java" -Xmx"$HEAP" -XX:+ExitOnOutOfMemoryError \
        --enable-native-access=ALL-UNNAMED \
        -cp "$DIR/target/classes:$(cat "$CP_FILE")" "$MAIN" \
        -basePath "$HOME_DIR" -confPath "$HOME_DIR/config" \
        -numOfNode "$NODES" -baseHttpPort "$((PORT - 1))" -clusterName praksisbanken \
        </dev/null >"$LOG" 2>&1 &
    echo $! >"$PID_FILE"
    echo "starting $NODES node(s) at $URL (pid $(cat "$PID_FILE"), log: $LOG)..."
fi

while ! healthy; do
    if ! running; then
        echo "search node exited during start-up; last log lines:" >&2
        tail -n 40 "$LOG" >&2
        rm -f "$PID_FILE"
        exit 1
    fi
    if (($(date +%s) - start > TIMEOUT)); then
        echo "search node not healthy after ${TIMEOUT}s; stopping it. Last log lines:" >&2
        tail -n 40 "$LOG" >&2
        bash "$DIR/stop.sh" >&2
        exit 1
    fi
    sleep 1
done
echo "search node ready at $URL after $(($(date +%s) - start))s"
