"""Per-series fp/fn table from a `minutes evaluate --format json` dump (dev series only)."""
import json, sys, collections
d = json.load(open(sys.argv[1]))
only = set(sys.argv[2:])
agg = collections.defaultdict(lambda: collections.Counter())
for doc in d["documents"]:
    if doc["held_out"] or (only and doc["series"] not in only):
        continue
    c = agg[doc["series"]]
    for cat, v in doc["categories"].items():
        c[cat + ".fp"] += v["fp"]; c[cat + ".fn"] += v["fn"]
        for k in ("due_acc", "owner_acc", "presenters_acc"):
            if k in v:
                c[cat + "." + k] += v[k][1] - v[k][0]
    for f, ok in (doc.get("meeting_fields") or {}).items():
        if ok is False:
            c["mf." + f] += 1
for s, c in sorted(agg.items(), key=lambda kv: -sum(kv[1].values())):
    bad = {k: v for k, v in c.items() if v}
    if bad:
        print(s, " ".join(f"{k}={v}" for k, v in sorted(bad.items())))
