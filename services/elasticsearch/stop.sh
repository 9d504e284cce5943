#!/usr/bin/env bash
# Stop the search node started by start.sh on ${ES_PORT:-9200}; exit 0 if it isn't running.
set -euo pipefail

DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
PID_FILE="$DIR/var/port-${ES_PORT:-9200}.pid"

# Only a live JVM running our main class counts (guards against a reused pid).
alive() { grep -qs praksisbanken.searchnode.Main "/proc/$1/cmdline"; }

if [ ! -f "$PID_FILE" ] || ! alive "$(cat "$PID_FILE")"; then
    rm -f "$PID_FILE"
    echo "search node not running"
    exit 0
fi

pid=$(cat "$PID_FILE")
kill "$pid" # SIGTERM: the JVM's shutdown hook closes the nodes cleanly
for _ in $(seq 1 60); do
    alive "$pid" || break
    sleep 0.5
done
if alive "$pid"; then
    echo "still running after 30s; killing it" >&2
    kill -9 "$pid"
    while alive "$pid"; do sleep 0.2; done
fi
rm -f "$PID_FILE"
echo "search node stopped"
