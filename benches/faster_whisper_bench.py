#!/usr/bin/env python3
"""faster-whisper (CTranslate2) on the same model directory and audio as the
Rust engine, for transcripts and timings side by side.

Usage:
  faster_whisper_bench.py --model DIR [--compute-type int8] [--repeat 5]
                          [--lang auto|te|hi|en] [--beam 1] [--threads 2] FILE...

With --serve, no FILE: after loading it prints {"ready": true} and then, for
each line "PATH<TAB>LANG" on stdin, transcribes PATH once and prints one JSON
object with "ms" (what the Rust bench uses to alternate the engines run by
run, so that other load on the machine hits both alike).

FILE is either raw little-endian float32 16 kHz mono (``*.f32``, what the Rust
bench writes so both engines see identical samples) or any audio file
faster-whisper can decode. Prints one JSON object per file, then one summary
object with the process's peak RSS.
"""
import argparse
import json
import os
import statistics
import sys
import time


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--model", required=True)
    ap.add_argument("--compute-type", default="int8")
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--lang", default="auto")
    ap.add_argument("--beam", type=int, default=1)
    ap.add_argument("--threads", type=int, default=os.cpu_count() or 2)
    ap.add_argument("--serve", action="store_true")
    ap.add_argument("files", nargs="*")
    a = ap.parse_args()

    import numpy as np
    from faster_whisper import WhisperModel
    from faster_whisper.audio import decode_audio

    t0 = time.perf_counter()
    model = WhisperModel(
        a.model, device="cpu", compute_type=a.compute_type, cpu_threads=a.threads
    )
    load_ms = (time.perf_counter() - t0) * 1e3
    rss_loaded = _rss_mb()
    lang = None if a.lang == "auto" else a.lang

    def load(path):
        if path.endswith(".f32"):
            return np.fromfile(path, dtype="<f4")
        return decode_audio(path, sampling_rate=16000)

    def run(audio, language):
        segments, info = model.transcribe(
            audio,
            language=language,
            beam_size=a.beam,
            best_of=1,
            without_timestamps=True,
            condition_on_previous_text=False,
            vad_filter=False,
        )
        text = " ".join(s.text.strip() for s in segments).strip()
        return text, info

    if a.serve:
        print(json.dumps({"ready": True, "load_ms": round(load_ms, 1)}), flush=True)
        cache = {}
        for line in sys.stdin:
            path, _, l = line.rstrip("\n").partition("\t")
            if not path:
                continue
            if path not in cache:
                cache[path] = load(path)
            l = None if l in ("", "auto") else l
            t = time.perf_counter()
            text, info = run(cache[path], l)
            ms = (time.perf_counter() - t) * 1e3
            print(
                json.dumps(
                    {
                        "file": os.path.basename(path),
                        "ms": round(ms, 1),
                        "text": text,
                        "language": info.language,
                        "language_probability": round(info.language_probability, 4),
                    },
                    ensure_ascii=False,
                ),
                flush=True,
            )
        return 0

    for path in a.files:
        if path.endswith(".f32"):
            audio = np.fromfile(path, dtype="<f4")
        else:
            audio = decode_audio(path, sampling_rate=16000)
        times = []
        text = info = None
        for i in range(a.repeat + 1):  # the first run warms up, untimed
            t = time.perf_counter()
            segments, info = model.transcribe(
                audio,
                language=lang,
                beam_size=a.beam,
                best_of=1,
                without_timestamps=True,
                condition_on_previous_text=False,
                vad_filter=False,
            )
            text = " ".join(s.text.strip() for s in segments).strip()
            if i > 0 or a.repeat == 0:
                times.append((time.perf_counter() - t) * 1e3)
        print(
            json.dumps(
                {
                    "file": os.path.basename(path),
                    "text": text,
                    "language": info.language,
                    "language_probability": round(info.language_probability, 4),
                    "duration_s": round(len(audio) / 16000, 3),
                    "median_ms": round(statistics.median(times), 1),
                    "times_ms": [round(x, 1) for x in times],
                },
                ensure_ascii=False,
            ),
            flush=True,
        )
    print(
        json.dumps(
            {
                "summary": True,
                "compute_type": a.compute_type,
                "load_ms": round(load_ms, 1),
                "rss_loaded_mb": rss_loaded,
                # VmHWM, not ru_maxrss: the latter carries the parent's
                # peak over fork when the Rust bench starts this script.
                "peak_rss_mb": _rss_mb("VmHWM:"),
            }
        ),
        flush=True,
    )


def _rss_mb(field="VmRSS:"):
    try:
        with open("/proc/self/status") as f:
            for line in f:
                if line.startswith(field):
                    return round(int(line.split()[1]) / 1024, 1)
    except OSError:
        pass
    return None


if __name__ == "__main__":
    sys.exit(main())
