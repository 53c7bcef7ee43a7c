"""Language processing shared by the extractors: sentences, tokens, the spaCy pipelines."""
