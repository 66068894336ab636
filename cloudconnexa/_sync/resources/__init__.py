# Generated from cloudconnexa/_async/resources/__init__.py by scripts/unasync.py. Do not edit.
"""Resource namespaces; each module is imported when its namespace is first used."""
