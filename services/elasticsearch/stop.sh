#!/usr/bin/env bash
# Stop every node that start.sh started on ES_PORT (9200), whatever ES_NODES was;
# exit 0 when none is running.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

stopped=0
for file in $(pid_files_on_port); do
    pid=$(cat "$file")
    if grep -qs org.elasticsearch.bootstrap.Elasticsearch "/proc/$pid/cmdline"; then
        stop_pid "$pid" &
        stopped=$((stopped + 1))
    fi
    rm -f "$file"
done
wait
if [ "$stopped" = 0 ]; then
    echo "Elasticsearch not running on port $PORT"
else
    echo "Elasticsearch stopped on port $PORT ($stopped node(s))"
fi
