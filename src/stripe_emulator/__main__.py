"""`python -m stripe_emulator` runs the CLI."""

from stripe_emulator.cli import main

main()
