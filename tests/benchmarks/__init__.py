"""Benchmarks for `make bench`: each module's ``run()`` returns rows of (metric, measured, target, passed)."""
