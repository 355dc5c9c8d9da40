set -e
cd /work/main
git checkout -q src/chibo/data
rm -f src/chibo/data/redirects.json
AREAS="hos-bo-19c hos-bo-20c hos-cl fm-cl-3 fm-cl-2 fm-cl fm-bo-3 fm-bo-2 fm-bo missions elections-bo elections-cl bilateral-2 $EXTRA"
python3 /tmp/work/stage.py $AREAS >/dev/null
python3 tools/add_candidates.py --fill --write $(for a in $AREAS; do echo /tmp/stage/$a; done) | grep -v "^filled" || true
python3 /tmp/work/fixups.py
. /tmp/venv/bin/activate
chibo validate src/chibo/data 2>&1 | head -50
