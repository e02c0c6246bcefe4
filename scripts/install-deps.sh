#!/usr/bin/env bash
# Installs the Debian packages Cordon builds and runs with, when any is missing. Extra packages for
# one script come as arguments: scripts/test passes rdkit-data chromium, scripts/fuzz-native.sh
# passes clang-14 libclang-rt-14-dev (the normal build needs neither).
set -euo pipefail
packages=(librdkit-dev libboost-dev cmake g++ libopsin-java "$@")
# OPSIN runs on Java; most machines here have one, so a JRE is installed only when none is on PATH.
command -v java >/dev/null 2>&1 || packages+=(default-jre-headless)
missing=()
for p in "${packages[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "cordon: installing ${missing[*]}" >&2
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${missing[@]}" >&2
fi
