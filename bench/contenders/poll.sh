#!/usr/bin/env bash
# The "shell" contender: a curl + jq polling loop as workflows write it today.
#   LLAMA_CLOUD_API_KEY=... LLAMA_CLOUD_BASE_URL=... poll.sh JOB_ID...
# Polls each job every 5 s (the first poll at once) until it ends; a COMPLETED job's extract_result goes to
# extract-result.json (one job) or results/<id>.json (several, each polled by its own background loop).
# The answer is saved to a file and read by jq from there, so each poll is one request.
set -u
KEY="$LLAMA_CLOUD_API_KEY"
BASE="${LLAMA_CLOUD_BASE_URL:-https://api.cloud.llamaindex.ai}"

wait_for() {
  local id="$1" out="$2" body status
  body="$(mktemp)"
  while true; do
    if curl -sf -H "Authorization: Bearer $KEY" -o "$body" "$BASE/api/v2/extract/$id"; then
      status="$(jq -r .status "$body")"
      case "$status" in
        COMPLETED)
          jq .extract_result "$body" > "$out"
          rm -f "$body"
          return 0
          ;;
        FAILED | CANCELLED)
          echo "Job $id ended $status: $(jq -r '.error_message // ""' "$body")" >&2
          rm -f "$body"
          return 1
          ;;
      esac
    fi
    sleep 5
  done
}

if [ "$#" -eq 1 ]; then
  wait_for "$1" extract-result.json
  exit $?
fi

mkdir -p results
pids=()
for id in "$@"; do
  wait_for "$id" "results/$id.json" &
  pids+=("$!")
done
failed=0
for pid in "${pids[@]}"; do
  wait "$pid" || failed=1
done
exit "$failed"
