# Generated from cloudconnexa/_async/__init__.py by scripts/unasync.py. Do not edit.
"""The async source of the resource layer; `cloudconnexa/_sync/` is generated from it."""
