# A Spark standalone cluster on 127.0.0.1 for the test stages (sourced by bin/test.d/50-spark-cluster
# and 55-s3a-lake): a master and N workers from the Spark distribution that pyspark (the root pom's
# Spark version) ships. The caller owns a PIDS array and a trap that kills those process groups.
#   spark_cluster_start WORK N   starts them under WORK, waits until N workers are alive; sets
#                                SPARK_HOME, MASTER (spark://…) and MASTER_UI (its web port)
#   spark_cluster_status         the master's JSON status
#   spark_cluster_ran APP        did the finished application APP run tasks in executors on the
#                                workers? prints what it found; non-zero when it did not

free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

spark_cluster_start() {
  local work="$1" workers="$2" venv pyspark n alive
  venv="$(bin/venv spark)"
  pyspark="$(ls -d "$venv"/lib/python3*/site-packages/pyspark)"
  # pyspark's folder as SPARK_HOME makes every executor fail ("Cannot find any build directories"):
  # a folder with its jars/ and bin/, an empty RELEASE file and the Scala version does (ENGINEERING-NOTES).
  export SPARK_HOME="$work/spark-home"
  mkdir -p "$SPARK_HOME"
  ln -s "$pyspark/jars" "$SPARK_HOME/jars"
  ln -s "$pyspark/bin" "$SPARK_HOME/bin"
  touch "$SPARK_HOME/RELEASE"
  export SPARK_SCALA_VERSION=2.13
  export SPARK_LOCAL_IP=127.0.0.1
  local java=(java "@$ROOT/jobs/jvm.options" -Xmx512m -cp "$SPARK_HOME/jars/*")
  local port
  port="$(free_port)"
  MASTER_UI="$(free_port)"
  setsid "${java[@]}" org.apache.spark.deploy.master.Master --host 127.0.0.1 --port "$port" \
    --webui-port "$MASTER_UI" >"$work/master.log" 2>&1 &
  PIDS+=($!)
  MASTER="spark://127.0.0.1:$port"
  for n in $(seq 1 "$workers"); do
    mkdir -p "$work/worker-$n"
    setsid "${java[@]}" org.apache.spark.deploy.worker.Worker --host 127.0.0.1 --cores 1 --memory 2g \
      --webui-port "$(free_port)" --work-dir "$work/worker-$n" "$MASTER" >"$work/worker-$n.log" 2>&1 &
    PIDS+=($!)
  done
  for _ in $(seq 1 120); do
    alive="$(spark_cluster_status | python3 -c 'import json,sys
try: print(sum(w["state"] == "ALIVE" for w in json.load(sys.stdin)["workers"]))
except Exception: print(0)')"
    [ "$alive" = "$workers" ] && break
    sleep 1
  done
  if [ "$alive" != "$workers" ]; then
    echo "the cluster did not start: $alive of $workers workers alive" >&2
    tail -n 20 "$work/master.log" "$work"/worker-*.log >&2
    return 1
  fi
  echo "▸ cluster $MASTER: $workers workers alive"
}

spark_cluster_status() {
  curl -sf "http://127.0.0.1:$MASTER_UI/json/" || true
}

# Each worker that ran an executor has the application's folder with the executor's logs; the
# master lists the finished application with the cores it was given.
spark_cluster_ran() {
  local app_name="$1" work executors tasks app
  work="$(dirname "$SPARK_HOME")"
  executors="$(find "$work"/worker-* -mindepth 2 -maxdepth 2 -path '*/app-*/*' -type d | wc -l)"
  tasks="$(grep -h -c 'Running task' "$work"/worker-*/app-*/*/stderr 2>/dev/null | paste -sd+ | bc)"
  app="$(spark_cluster_status | APP="$app_name" python3 -c 'import json,os,sys
apps = [a for a in json.load(sys.stdin)["completedapps"] if a["name"] == os.environ["APP"]]
print("%s cores=%s" % (apps[0]["state"], apps[0]["cores"]) if apps else "missing")')"
  echo "  executors on the workers: $executors, tasks they ran: ${tasks:-0}; the master's record: $app"
  if [ "$executors" -lt 1 ] || [ "${tasks:-0}" -lt 1 ] || [[ "$app" != FINISHED* ]]; then
    echo "the work did not run in the cluster's executors" >&2
    return 1
  fi
}
