"""minutes-nlp: read an archive of meeting minutes and keep track of what was promised."""

__version__ = "0.1.0"
