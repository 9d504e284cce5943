# Shared by start.sh, stop.sh and node.sh: where things are, and how one node
# is started and stopped. Sourced, not run.
#
# Layout under var/ (git-ignored):
#   elasticsearch-<version>/          the unpacked distribution, with our plugin
#   port-<ES_PORT>-nodes-<ES_NODES>/  one cluster: node-N/{config,data,logs,pid}
# Node N answers HTTP on ES_PORT+N-1 and talks to the others on ES_PORT+100+N-1.

DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
PORT="${ES_PORT:-9200}"
NODES="${ES_NODES:-1}"
HEAP="${ES_HEAP:-512m}"
VAR="$DIR/var"
# The one place that names the version is pom.xml.
VERSION=$(sed -n 's:.*<elasticsearch.version>\(.*\)</elasticsearch.version>.*:\1:p' "$DIR/pom.xml")
DIST="$VAR/elasticsearch-$VERSION"
# Data per port *and* node count: a 3-node cluster's state can't be reopened by one node.
CLUSTER="$VAR/port-$PORT-nodes-$NODES"
URL="http://127.0.0.1:$PORT"
# Elasticsearch refuses to run as root; as root we run it as this system user.
NODE_USER=praksis-es

node_dir() { echo "$CLUSTER/node-$1"; }
node_url() { echo "http://127.0.0.1:$((PORT + $1 - 1))"; }

# The pid of node N's JVM if it is alive (the command line guards against a reused pid).
node_pid() {
    local file
    file="$(node_dir "$1")/pid"
    [ -s "$file" ] && grep -qs org.elasticsearch.bootstrap.Elasticsearch "/proc/$(cat "$file")/cmdline" &&
        cat "$file"
}

port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# Every pid file of any cluster on this port (stop.sh stops them whatever ES_NODES was).
pid_files_on_port() { compgen -G "$VAR/port-$PORT-nodes-*/node-*/pid" || true; }

# Run a command as the node's user: ourselves, or NODE_USER when we are root.
as_node_user() {
    if [ "$(id -u)" = 0 ]; then
        runuser -u "$NODE_USER" -- "$@"
    else
        "$@"
    fi
}

ensure_node_user() {
    [ "$(id -u)" = 0 ] || return 0
    id -u "$NODE_USER" >/dev/null 2>&1 ||
        useradd --system --user-group --no-create-home --home-dir /nonexistent \
            --shell /usr/sbin/nologin "$NODE_USER"
}

# This machine's cores divided between the nodes, at least one each.
node_processors() {
    local share=$(($(nproc) / NODES))
    echo $((share > 0 ? share : 1))
}

write_node_config() {
    local n=$1 dir config
    dir="$(node_dir "$n")"
    config="$dir/config"
    mkdir -p "$config" "$dir/data" "$dir/logs"
    cp "$DIST/config/jvm.options" "$DIST/config/log4j2.properties" "$config/"
    cp -r "$DIST/config/jvm.options.d" "$config/"
    {
        echo "# Written by services/elasticsearch/start.sh at each start; edits are lost."
        echo "cluster.name: praksisbanken-$PORT"
        echo "node.name: node-$n"
        echo "network.host: 127.0.0.1"
        echo "http.port: $((PORT + n - 1))"
        echo "transport.port: $((PORT + 100 + n - 1))"
        echo "path.data: $dir/data"
        echo "path.logs: $dir/logs"
        echo "# Local use only: plain HTTP on loopback, no machine learning."
        echo "xpack.security.enabled: false"
        echo "xpack.ml.enabled: false"
        echo "# One search a core: on 2 cores, splitting each search over worker threads made"
        echo "# searches at 8 clients slower (p95 324 -> 245 ms on the 100,000-case index)."
        echo "search.worker_threads_enabled: false"
        echo "# A fuller disk must not make indices read-only on dev and CI machines."
        echo "cluster.routing.allocation.disk.threshold_enabled: false"
        if [ "$NODES" = 1 ]; then
            echo "discovery.type: single-node"
        else
            local hosts="" names="" i
            for ((i = 1; i <= NODES; i++)); do
                hosts+="\"127.0.0.1:$((PORT + 100 + i - 1))\", "
                names+="\"node-$i\", "
            done
            # Several nodes on one machine share its cores: each sizes its thread
            # pools for its share, as Elastic advises for this case, instead of
            # every node starting threads for every core.
            # https://www.elastic.co/docs/reference/elasticsearch/configuration-reference/thread-pool-settings#node.processors
            echo "node.processors: $(node_processors)"
            echo "discovery.seed_hosts: [${hosts%, }]"
            echo "cluster.initial_master_nodes: [${names%, }]"
        fi
    } >"$config/elasticsearch.yml"
    [ "$(id -u)" = 0 ] && chown -R "$NODE_USER:$NODE_USER" "$dir"
    return 0
}

# Start node N in the background (detached: it outlives the caller's shell and
# a Ctrl-C in its terminal); the caller waits for health.
launch_node() {
    local n=$1 dir
    dir="$(node_dir "$n")"
    write_node_config "$n"
    rm -f "$dir/pid"
    # From its own folder: jvm.options writes gc.log and crash files to the working directory.
    (cd "$dir" && as_node_user env ES_JAVA_HOME="$JDK" ES_PATH_CONF="$dir/config" \
        ES_JAVA_OPTS="-Xms$HEAP -Xmx$HEAP" \
        setsid "$DIST/bin/elasticsearch" -d -p "$dir/pid" \
        </dev/null >"$dir/logs/console.log" 2>&1)
}

# SIGTERM, then wait until the JVM is gone (SIGKILL after 30 s).
stop_pid() {
    local pid=$1
    kill "$pid" 2>/dev/null || return 0
    for _ in $(seq 1 60); do
        grep -qs org.elasticsearch.bootstrap.Elasticsearch "/proc/$pid/cmdline" || return 0
        sleep 0.5
    done
    echo "node (pid $pid) still running after 30s; killing it" >&2
    kill -9 "$pid" 2>/dev/null || true
    while [ -e "/proc/$pid" ]; do sleep 0.2; done
}
