"""Speed and memory benchmarks; each reports ratios against a baseline run in the same script."""
