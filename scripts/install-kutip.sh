#!/usr/bin/env sh
# Puts kutip on PATH: publishes it (Release) into PREFIX/lib/kutip and links PREFIX/bin/kutip to its launcher.
# PREFIX is the first argument, ~/.local by default (its bin folder is on PATH in most Linux and macOS shells).
# The build is ReadyToRun for this machine's runtime (--use-current-runtime): the code is compiled ahead of time, so
# kutip starts without waiting for the JIT (benchmarks/README.md, "The CLI"). It still needs the .NET 10 runtime.
# Run it again after pulling changes; remove PREFIX/lib/kutip and PREFIX/bin/kutip to uninstall.
set -eu
prefix=${1:-"$HOME/.local"}
root=$(cd "$(dirname "$0")/.." && pwd)
dotnet publish "$root/src/QuoteAttribution.Cli" -c Release -o "$prefix/lib/kutip" --nologo \
  --use-current-runtime --self-contained false -p:PublishReadyToRun=true
mkdir -p "$prefix/bin"
ln -sf "$prefix/lib/kutip/kutip" "$prefix/bin/kutip"
echo "kutip is installed as $prefix/bin/kutip"
case ":$PATH:" in
  *":$prefix/bin:"*) ;;
  *) echo "$prefix/bin is not on PATH; add it, e.g. with: export PATH=\"$prefix/bin:\$PATH\"" ;;
esac
