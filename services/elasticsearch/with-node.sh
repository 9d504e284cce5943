#!/usr/bin/env bash
# Run a command with a local Elasticsearch node, and stop the node afterwards
# if this script started it: however the command ends (failure, Ctrl-C).
#   bash services/elasticsearch/with-node.sh [--optional] -- command [args...]
# The command gets ELASTICSEARCH_URL: every node's address when ES_NODES is more
# than one, so the client spreads its requests over the cluster as production's
# does (search/connection.py). A node already answering on ES_PORT is
# used as it is and left running. With --optional, a node that cannot start is
# reported in one line and the command runs without ELASTICSEARCH_URL (the
# site then searches with the database fallback).
set -uo pipefail
DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# NODE_PORT, not PORT: PORT is the web server's, which `make run` hands on to the command.
NODE_PORT="${ES_PORT:-9200}"
NODE_COUNT="${ES_NODES:-1}"
optional=0
if [ "${1:-}" = --optional ]; then
    optional=1
    shift
fi
[ "${1:-}" = -- ] && shift
[ $# -gt 0 ] || { echo "usage: with-node.sh [--optional] -- command [args...]" >&2; exit 2; }

node_urls() {
    local urls=() n
    for ((n = 0; n < NODE_COUNT; n++)); do urls+=("http://127.0.0.1:$((NODE_PORT + n))"); done
    (IFS=,; echo "${urls[*]}")
}

started=0
if curl -fsS --max-time 5 "http://127.0.0.1:$NODE_PORT/_cluster/health" >/dev/null 2>&1; then
    echo "using the Elasticsearch node already running on port $NODE_PORT"
    export ELASTICSEARCH_URL="$(node_urls)"
elif log=$(bash "$DIR/start.sh" 2>&1); then
    echo "$log" | tail -n 1
    started=1
    export ELASTICSEARCH_URL="$(node_urls)"
elif [ "$optional" = 1 ]; then
    echo "Elasticsearch could not start ($(echo "$log" | tail -n 1)); serving with the database fallback"
    unset ELASTICSEARCH_URL
else
    echo "$log" >&2
    exit 1
fi

stop_node() {
    [ "$started" = 1 ] && bash "$DIR/stop.sh"
    started=0
}
trap stop_node EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

"$@"
