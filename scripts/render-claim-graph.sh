#!/usr/bin/env bash
# Renders the claim graph of our sample article with Graphviz: docs/claim-graph.png (and the .dot beside it).
# Needs the .NET SDK and Graphviz (apt-get install graphviz). Run from anywhere.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
dotnet build "$root/src/QuoteAttribution.Cli" -c Release --nologo -v quiet >/dev/null
dotnet "$root/src/QuoteAttribution.Cli/bin/Release/net10.0/kutip.dll" extract "$root/samples/banjir-bekasi.txt" \
    --format dot --quiet --output "$root/docs/claim-graph.dot"
dot -Tpng -Gdpi=110 "$root/docs/claim-graph.dot" -o "$root/docs/claim-graph.png"
echo "wrote docs/claim-graph.png"
