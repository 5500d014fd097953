#!/usr/bin/env bash
# Retrains the reference reader's role model on the development part of the corpus, then runs the corpus test and
# prints the accuracy table (both parts); the development part's misses go to artifacts/corpus/dev-misses.txt.
# Usage: eng/corpus/evaluate.sh [--no-train]
set -euo pipefail
cd "$(dirname "$0")/../.."
if [ "${1:-}" != "--no-train" ]; then
  dotnet build eng/ReferenceModelTrainer -c Release -v quiet -nologo >/dev/null
  (cd eng/ReferenceModelTrainer && dotnet run -c Release --no-build -- --epochs "${EPOCHS:-10}")
fi
dotnet build tests/AseanAi.Citations.Tests -c Release -v quiet -nologo >/dev/null
mkdir -p artifacts/corpus
dotnet test tests/AseanAi.Citations.Tests -c Release --no-build --filter "FullyQualifiedName~ReferenceCorpusTests" \
  --logger "console;verbosity=detailed" > artifacts/corpus/run.txt 2>&1 || true
grep -E "^\s*\| " artifacts/corpus/run.txt | awk '!seen[$0]++' | sed 's/^ *//'
sed -n '/Misses in the development part/,/^\s*$/p' artifacts/corpus/run.txt | sed 's/^ //' > artifacts/corpus/dev-misses.txt
echo "dev misses: $(grep -c ':' artifacts/corpus/dev-misses.txt) lines in artifacts/corpus/dev-misses.txt"
