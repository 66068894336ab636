"""The async source of the resource layer; `cloudconnexa/_sync/` is generated from it."""
