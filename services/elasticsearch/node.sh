#!/usr/bin/env bash
# Stop or restart one node of a running multi-node cluster (for failover tests).
#   ES_PORT=9260 ES_NODES=3 bash services/elasticsearch/node.sh stop 2
#   ES_PORT=9260 ES_NODES=3 bash services/elasticsearch/node.sh start 2
# Node N answers HTTP on ES_PORT+N-1. Waits until the node is down, or back in the cluster.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
ACTION="${1:?usage: node.sh stop|start N}"
NODE="${2:?usage: node.sh stop|start N}"

[ -d "$(node_dir "$NODE")" ] || { echo "no cluster at port $PORT with a node $NODE" >&2; exit 1; }
case "$ACTION" in
    stop)
        pid=$(node_pid "$NODE") || { echo "node $NODE is not running"; exit 0; }
        stop_pid "$pid"
        rm -f "$(node_dir "$NODE")/pid"
        echo "node $NODE stopped"
        ;;
    start)
        if [ -z "$(node_pid "$NODE")" ]; then
            JDK=$(bash "$DIR/java-home.sh")
            launch_node "$NODE"
        fi
        for _ in $(seq 1 120); do
            curl -fsS --max-time 2 "$(node_url "$NODE")/_cluster/health?wait_for_nodes=$NODES&timeout=1s" 2>/dev/null |
                grep -q '"timed_out":false' && { echo "node $NODE back in the cluster"; exit 0; }
            sleep 1
        done
        echo "node $NODE did not rejoin in time" >&2
        exit 1
        ;;
    *) echo "usage: node.sh stop|start N" >&2; exit 2 ;;
esac
