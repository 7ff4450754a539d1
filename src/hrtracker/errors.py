"""The named errors hrtracker raises; each carries a message fit for one line of output."""


class HRTrackerError(Exception):
    """Base class of hrtracker's errors."""


class ReadError(HRTrackerError):
    """A file could not be read as a document (corrupt, empty, unknown type, too large)."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class NotFoundError(HRTrackerError):
    """A unit, document or user asked for does not exist."""


class AuthError(HRTrackerError):
    """A write was attempted without the right credentials."""
