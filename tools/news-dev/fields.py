#!/usr/bin/env python3
"""Field accuracy of claimcheck's extraction on a scored news folder (../shared/news-dev by default).

  python3 tools/news-dev/fields.py cli-example/target/claimcheck.jar [ROOT] [--verbose]

Claims are paired with gold claims by the development set's own scorer (score.py: same document,
overlapping span, measure and figure). For each pair it then judges three fields:

  locations    right when a place claimcheck gives is named in the gold's location text (gold
               locations are descriptive: "Baga, Borno State, Nigeria"); empty when claimcheck
               gives none; wrong otherwise
  attribution  right when both are absent, or when claimcheck's source shares a content word
               with the gold's ("the Interior ministry" / "Moroccan Interior Ministry"); missed
               when only the gold has one; extra when only claimcheck has one; wrong otherwise
  date         the claim's as-of date (asOf, else its scope date) against the gold's as_of: right
               when equal or one is a prefix of the other (2017-10 / 2017-10-03), or both absent;
               missed when only the gold has one; extra when only claimcheck has one

Nothing of the set is copied here: the script reads it where it lies."""
import importlib.util, json, os, re, sys

STOP = {"the", "a", "an", "of", "to", "for", "and", "in", "on", "at", "by", "via", "per", "said", "says",
        "according", "s", "official", "officials"}


def scorer(root):
    spec = importlib.util.spec_from_file_location("score", os.path.join(root, "score.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def words(s):
    return {w for w in re.findall(r"[a-z0-9]+", (s or "").lower()) if w not in STOP and len(w) > 1}


def main(argv):
    verbose = "--verbose" in argv
    pos = [a for a in argv if not a.startswith("--")]
    if not pos:
        print(__doc__)
        return 2
    jar = pos[0]
    here = os.path.dirname(os.path.abspath(__file__))
    root = pos[1] if len(pos) > 1 else os.path.normpath(os.path.join(here, "..", "..", "..", "shared", "news-dev"))
    if not os.path.isdir(root):
        print(f"{root} is not here: nothing to measure")
        return 2
    sc = scorer(root)
    tally = {f: {"right": 0, "wrong": 0, "missed": 0, "extra": 0, "empty": 0} for f in ("locations", "attribution", "date")}
    pairs_total = 0
    for ev in sc.events(root):
        g = sc.load_gold(root, ev)
        code, out, err = sc.run(jar, ["extract", "--format", "jsonl", os.path.join(root, ev)])
        preds = [sc.prepare(json.loads(l)) for l in out.splitlines() if l.strip()] if code in (0, 1) else []
        pairs, _ = sc.match(g["claims"], preds)
        for c in g["claims"]:
            if c["measure"] not in sc.CORE or c["id"] not in pairs:
                continue
            p = preds[pairs[c["id"]]]
            pairs_total += 1
            # locations
            gl = " ".join(c.get("locations") or []).lower()
            pl = p.get("locations") or []
            if not pl:
                verdict = "empty"
            elif any(x.lower() in gl for x in pl):
                verdict = "right"
            else:
                verdict = "wrong"
            tally["locations"][verdict] += 1
            if verbose and verdict == "wrong":
                print(f"  LOC  {ev}/{c['file']}: {pl} vs {c.get('locations')} in {c['quote'][:80]!r}")
            # attribution
            ga, pa = c.get("attribution"), p.get("attribution")
            if not ga and not pa:
                verdict = "right"
            elif ga and not pa:
                verdict = "missed"
            elif pa and not ga:
                verdict = "extra"
            else:
                verdict = "right" if words(ga) & words(pa) else "wrong"
            tally["attribution"][verdict] += 1
            if verbose and verdict in ("wrong", "extra"):
                print(f"  ATTR {ev}/{c['file']}: {pa!r} vs {ga!r} in {c['quote'][:80]!r}")
            # date
            gd = c.get("as_of")
            pd = p.get("asOf") or p.get("date")
            if not gd and not pd:
                verdict = "right"
            elif gd and not pd:
                verdict = "missed"
            elif pd and not gd:
                verdict = "extra"
            else:
                verdict = "right" if gd.startswith(pd) or pd.startswith(gd) else "wrong"
            tally["date"][verdict] += 1
            if verbose and verdict == "wrong":
                print(f"  DATE {ev}/{c['file']}: {pd} vs {gd} in {c['quote'][:80]!r}")
    print(f"matched claims: {pairs_total}")
    for f, t in tally.items():
        n = sum(t.values())
        parts = ", ".join(f"{k} {v}" for k, v in t.items() if v or k in ("right", "wrong"))
        print(f"{f}: accuracy={t['right'] / n if n else 0:.3f} ({parts})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
