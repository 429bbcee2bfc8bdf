#!/usr/bin/env bash
# Regenerates Catalog/official/<product>.json from the official Tencent Cloud Python SDKs.
#
#   bash Catalog/official/regenerate.sh                 # the pinned versions below
#   bash Catalog/official/regenerate.sh 3.1.200 3.1.198 # other versions (Chinese, international)
#
# Needs: python3 with pip (downloads two wheels from the Python package index), unzip or python3,
# opencc (apt-get install opencc), and a Swift toolchain (builds errmsg in debug). Writes only
# Catalog/official/*.json, all or none; prints the codes added, removed and changed per product.
# When you change the versions, update them here and in Catalog/official/README.md.
set -euo pipefail
cd "$(dirname "$0")/../.."

ZH_VERSION="${1:-3.1.195}"
EN_VERSION="${2:-3.1.193}"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

python3 -m pip download --quiet --no-deps -d "$work" \
  "tencentcloud-sdk-python==$ZH_VERSION" "tencentcloud-sdk-python-intl-en==$EN_VERSION"
unpack() { python3 -c 'import sys, zipfile; zipfile.ZipFile(sys.argv[1]).extractall(sys.argv[2])' "$1" "$2"; }
unpack "$work"/tencentcloud_sdk_python-"$ZH_VERSION"-*.whl "$work/zh"
unpack "$work"/tencentcloud_sdk_python_intl_en-"$EN_VERSION"-*.whl "$work/en"

swift build --product errmsg
.build/debug/errmsg import-codes --sdk "$work/zh" --intl-en "$work/en" --catalog Catalog --locales Locales
