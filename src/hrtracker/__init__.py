"""hrtracker: UN human-rights recommendations and NGO shadow reports as a living database."""

from .errors import HRTrackerError, NotFoundError, ReadError
from .models import Block, Document, Extraction, Label, Unit, Update

__version__ = "0.1.0"
__all__ = ["Block", "Document", "Extraction", "HRTrackerError", "Label", "NotFoundError",
           "ReadError", "Unit", "Update", "__version__"]
