"""Lexicons read by classifier.nlp (a package so that setuptools ships its JSON files)."""
