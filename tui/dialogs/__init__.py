"""Modal dialogs: errors and help."""

from .error import ErrorDialog
from .help import HelpDialog

__all__ = ["ErrorDialog", "HelpDialog"]
