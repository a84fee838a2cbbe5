#!/usr/bin/env python3
"""Run one of the measuring tools that sit in ../shared beside the checkout, or skip.

Usage: shared_tool.py SHARED_DIR TOOL [ARGS...]   (TOOL is a path relative to SHARED_DIR)
Exits with the tool's status, or 77 (skipped) with a message when SHARED_DIR is absent.
"""
import os
import subprocess
import sys

shared, tool, args = sys.argv[1], sys.argv[2], sys.argv[3:]
path = os.path.join(shared, tool)
if not os.path.exists(path):
    print(f"SKIP: {path} is not here; it sits beside the checkout in CI only")
    sys.exit(77)
sys.exit(subprocess.run(["/usr/bin/python3", path, *args]).returncode)
