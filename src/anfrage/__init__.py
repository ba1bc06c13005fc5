"""anfrage drafts the government's answer to a German Kleine Anfrage."""

__version__ = "0.1.0"
