"""Hostile and broken inputs, generated at test time (see ``make_corpus``)."""
