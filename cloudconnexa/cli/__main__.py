"""`python -m cloudconnexa.cli`."""

from . import main

main()
