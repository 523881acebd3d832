"""Python interfaces to XML parsers (here: the error types of pyexpat and our own scanner)."""
