"""Training and evaluation of the sentence-role model from the annotated corpus (`minutes train`)."""
