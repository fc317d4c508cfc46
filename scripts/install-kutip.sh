#!/usr/bin/env sh
# Puts kutip on PATH: publishes it (Release) into PREFIX/lib/kutip and links PREFIX/bin/kutip to its launcher.
# PREFIX is the first argument, ~/.local by default (its bin folder is on PATH in most Linux and macOS shells).
# Run it again after pulling changes; remove PREFIX/lib/kutip and PREFIX/bin/kutip to uninstall.
set -eu
prefix=${1:-"$HOME/.local"}
root=$(cd "$(dirname "$0")/.." && pwd)
dotnet publish "$root/src/QuoteAttribution.Cli" -c Release -o "$prefix/lib/kutip" --nologo
mkdir -p "$prefix/bin"
ln -sf "$prefix/lib/kutip/kutip" "$prefix/bin/kutip"
echo "kutip is installed as $prefix/bin/kutip"
case ":$PATH:" in
  *":$prefix/bin:"*) ;;
  *) echo "$prefix/bin is not on PATH; add it, e.g. with: export PATH=\"$prefix/bin:\$PATH\"" ;;
esac
