#!/usr/bin/env bash
# Install the Debian packages a make target needs, when they are missing.
# The one list of system packages: `make run`, `make test` and .ci/run all call this.
#   bash scripts/install-system-packages.sh run|test|ci
#     run   the search node: Maven, curl and unzip (a JDK >= 21 must be there or installable);
#           npm for the Danish dictionary package
#     test  run, plus Chromium and its driver and fonts for the browser tests
#     ci    test, plus the PostgreSQL server
# As root it installs with apt-get; otherwise it names what is missing and fails
# (except for `run`, which starts without the search node then).
set -euo pipefail
PROFILE="${1:?usage: install-system-packages.sh run|test|ci}"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

missing=()
# need <package> <test that it is there>
need() { eval "$2" >/dev/null 2>&1 || missing+=("$1"); }

need maven "command -v mvn"
need curl "command -v curl"
need unzip "command -v unzip"
need npm "command -v npm"
if [ "$PROFILE" = test ] || [ "$PROFILE" = ci ]; then
    need chromium "command -v chromium"
    need chromium-driver "command -v chromedriver"
    need fonts-dejavu-core "fc-list | grep -qi dejavu"
fi
if [ "$PROFILE" = ci ]; then
    need postgresql "compgen -G '/usr/lib/postgresql/*/bin/postgres'"
fi

# Elasticsearch 9 needs Java 21+. Debian 12 packages only 17, so a newer JDK
# (the Temurin JDK these machines carry) is used when present; a Debian that
# packages one gets it installed.
jdk_package=""
if ! bash "$ROOT/services/elasticsearch/java-home.sh" >/dev/null; then
    for candidate in openjdk-25-jdk-headless openjdk-21-jdk-headless; do
        if apt-cache policy "$candidate" 2>/dev/null | grep -q 'Candidate: [0-9]'; then
            jdk_package=$candidate
            break
        fi
    done
    [ -n "$jdk_package" ] && missing+=("$jdk_package")
fi

if [ ${#missing[@]} -gt 0 ]; then
    if [ "$(id -u)" = 0 ]; then
        echo "== installing ${missing[*]}"
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -qq
        apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    else
        echo "missing system packages: ${missing[*]} (as root: apt-get install ${missing[*]})" >&2
        [ "$PROFILE" = run ] || exit 1
    fi
fi
if ! bash "$ROOT/services/elasticsearch/java-home.sh" >/dev/null; then
    echo "no JDK >= 21 found and none packaged here: install one (e.g. Temurin) or set ES_JAVA_HOME" >&2
    [ "$PROFILE" = run ] || exit 1
fi
exit 0
