"""Sub-commands of the ``chancery`` command line.

Each module here defines ``register(subparsers)``, which adds its
sub-commands with ``set_defaults(func=handler)``; a handler takes the parsed
arguments and returns an exit code.  Handlers call the same core functions as
the GUI and raise :class:`chancery.errors.UserError` for anything the user
must fix: the CLI prints it as one line and exits non-zero.
"""

COMMAND_MODULES = (
    "chancery.commands.archive",
    "chancery.commands.backup",
    "chancery.commands.render",
    "chancery.commands.search",
    "chancery.commands.server",
)
