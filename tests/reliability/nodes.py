"""Start and stop extra search nodes of our own for outage tests.

They use ports of their own, so the node that the rest of the suite uses is
never touched. The scripts are the same ones `make elasticsearch` runs.
"""

import os
import subprocess
from pathlib import Path

SCRIPTS = Path(__file__).resolve().parents[2] / "services" / "elasticsearch"


def run_script(name, port, nodes=1, *args):
    env = {**os.environ, "ES_PORT": str(port), "ES_NODES": str(nodes)}
    result = subprocess.run(
        ["bash", str(SCRIPTS / name), *map(str, args)],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, f"{name} failed:\n{result.stdout}\n{result.stderr}"
    return result.stdout


def start(port, nodes=1):
    run_script("start.sh", port, nodes)
    return ",".join(f"http://127.0.0.1:{port + n}" for n in range(nodes))


def stop(port, nodes=1):
    run_script("stop.sh", port, nodes)


def stop_node(port, nodes, number):
    run_script("node.sh", port, nodes, "stop", number)


def start_node(port, nodes, number):
    run_script("node.sh", port, nodes, "start", number)
