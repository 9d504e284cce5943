#!/usr/bin/env bash
# Print the home of a JDK >= 21 (Elasticsearch 9 and its plugin build need one),
# or exit 1. Looks at ES_JAVA_HOME, JAVA_HOME, then /usr/lib/jvm/* (newest first);
# Debian's default java may be 17, which is too old.
#   bash services/elasticsearch/java-home.sh
set -euo pipefail

for home in ${ES_JAVA_HOME:-} ${JAVA_HOME:-} $(ls -d /usr/lib/jvm/*/ 2>/dev/null | sort -rV); do
    home="${home%/}"
    [ -x "$home/bin/javac" ] || continue
    version=$("$home/bin/java" -XshowSettings:properties -version 2>&1 |
        sed -n 's/^ *java.specification.version = //p')
    if [ "${version%%.*}" -ge 21 ] 2>/dev/null; then
        echo "$home"
        exit 0
    fi
done
exit 1
