"""Resource namespaces; each module is imported when its namespace is first used."""
