#!/bin/sh
# Renders the corpus's "other producer" packs: the same plans as the PDFBox renderers, written as
# HTML (printed by headless Chromium) and flat ODT (converted by LibreOffice), with their answers
# moved onto the pages each producer made.
#
# Development-time only: the PDFs and answers it writes to corpus/packs/ are committed; nothing
# renders them during the build or the tests (RenderedPacksTest checks the committed answers).
#
# Needs:  apt-get update && apt-get install -y libreoffice-writer chromium poppler-utils fonts-liberation
#
# Usage:  corpus/render-html-packs.sh [OUT_DIR]            the committed set (see PACKS below)
#         ANSWERS_ONLY=1 corpus/render-html-packs.sh [OUT_DIR]
#                                                  the answers again for the PDFs already in OUT_DIR,
#                                                  which stay byte for byte as they are (for a change
#                                                  to the answers that prints nothing new)
#         corpus/render-html-packs.sh OUT_DIR STYLE SEED PRODUCER...   one pack, e.g. /tmp/x nhs 101 chromium
#                                                                  (STYLE: nhs, council or charity)
#
# For each pack: `boardpack-dev html-packs` writes <name>.html, <name>.fodt and <name>.plan.json (the
# answers with the PDFBox pages); the producer renders <name>-<producer>.pdf; `boardpack-dev html-packs
# --repaginate` writes <name>-<producer>.json with every page found by its anchor text. Council packs
# go round twice, so the agenda's Page Nos. column shows the producer's own pages.
set -eu

ROOT=$(cd "$(dirname "$0")/.." && pwd)
OUT=${1:-"$ROOT/corpus/packs"}
BOARDPACK="$ROOT/boardpack-dev"
# style seed producer: the committed set. The NHS seeds give action logs over two landscape pages.
# Replacing a pack here: delete its old <name>-<producer>.pdf/.json from corpus/packs first.
PACKS="nhs 107 libreoffice
nhs 116 chromium
council 202 libreoffice
council 207 chromium
charity 302 libreoffice
charity 301 chromium"
if [ $# -ge 4 ]; then
    PACKS=$(shift; style=$1; seed=$2; shift 2; for p in "$@"; do echo "$style $seed $p"; done)
fi

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$OUT"

render() { # producer input.(html|fodt) output.pdf
    case $1 in
        chromium)
            chromium --headless --no-sandbox --disable-gpu --disable-background-networking \
                --disable-component-update --disable-sync --no-first-run --user-data-dir="$WORK/chrome" \
                --no-pdf-header-footer --print-to-pdf="$3" "file://$2.html" >/dev/null 2>&1 ;;
        libreoffice)
            # a private profile, so a desktop LibreOffice that is open does not swallow the conversion
            soffice -env:UserInstallation="file://$WORK/lo-profile" --headless --convert-to pdf \
                --outdir "$WORK/lo" "$2.fodt" >/dev/null 2>&1
            mv "$WORK/lo/$(basename "$2").pdf" "$3" ;;
        *) echo "unknown producer $1" >&2; exit 2 ;;
    esac
    [ -s "$3" ] || { echo "$1 wrote no PDF for $2" >&2; exit 1; }
}

echo "$PACKS" | while read -r style seed producer; do
    name=$("$BOARDPACK" html-packs --style "$style" --seed "$seed" --out "$WORK")
    pdf="$WORK/$name-$producer.pdf"
    if [ "${ANSWERS_ONLY:-}" = 1 ]; then
        cp "$OUT/$name-$producer.pdf" "$pdf"
        pages_from=
        # the council agenda prints the pages its committed answers name
        [ "$style" = council ] && pages_from="--pages-from $OUT/$name-$producer.json"
        # shellcheck disable=SC2086
        "$BOARDPACK" html-packs --style "$style" --seed "$seed" --out "$WORK" --repaginate "$pdf" $pages_from >/dev/null
        cp "$WORK/$name-$producer.json" "$OUT/"
        echo "$OUT/$name-$producer.json"
        continue
    fi
    render "$producer" "$WORK/$name" "$pdf"
    "$BOARDPACK" html-packs --style "$style" --seed "$seed" --out "$WORK" --repaginate "$pdf" >/dev/null
    if [ "$style" = council ]; then
        "$BOARDPACK" html-packs --style "$style" --seed "$seed" --out "$WORK" \
            --pages-from "$WORK/$name-$producer.json" >/dev/null
        render "$producer" "$WORK/$name" "$pdf"
        "$BOARDPACK" html-packs --style "$style" --seed "$seed" --out "$WORK" --repaginate "$pdf" \
            --pages-from "$WORK/$name-$producer.json" >/dev/null
    fi
    cp "$pdf" "$WORK/$name-$producer.json" "$OUT/"
    echo "$OUT/$name-$producer.pdf ($(pdfinfo "$pdf" | awk '/^Pages:/ {print $2}') pages, $(wc -c < "$pdf") bytes)"
done
