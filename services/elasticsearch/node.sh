#!/usr/bin/env bash
# Stop or restart one node of a running multi-node cluster (for failover tests).
#   ES_PORT=9260 ES_NODES=3 bash services/elasticsearch/node.sh stop 2
#   ES_PORT=9260 ES_NODES=3 bash services/elasticsearch/node.sh start 2
# Node N answers HTTP on ES_PORT+N-1. Waits until the node is down, or back in the cluster.
set -euo pipefail

DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
PORT="${ES_PORT:-9200}"
NODES="${ES_NODES:-1}"
ACTION="${1:?usage: node.sh stop|start N}"
NODE="${2:?usage: node.sh stop|start N}"
CONTROL="$DIR/var/port-$PORT-nodes-$NODES/control"
NODE_URL="http://127.0.0.1:$((PORT + NODE - 1))"

[ -d "$CONTROL" ] || { echo "no running cluster at port $PORT with $NODES nodes" >&2; exit 1; }
case "$ACTION" in
    stop | start) touch "$CONTROL/$ACTION-$NODE" ;;
    *) echo "usage: node.sh stop|start N" >&2; exit 2 ;;
esac

for _ in $(seq 1 120); do
    if [ "$ACTION" = stop ]; then
        curl -fsS --max-time 2 "$NODE_URL" >/dev/null 2>&1 || { echo "node $NODE stopped"; exit 0; }
    else
        curl -fsS --max-time 2 "$NODE_URL/_cluster/health?wait_for_nodes=$NODES&timeout=1s" 2>/dev/null |
            grep -q '"timed_out":false' && { echo "node $NODE back in the cluster"; exit 0; }
    fi
    sleep 1
done
echo "node $NODE did not $ACTION in time" >&2
exit 1
