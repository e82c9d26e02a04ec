"""Fuzzing the doors that take files from outside: the case import and the procedure loader.

A short run is part of ``make test``; ``make fuzz`` runs the same properties much longer.
"""
