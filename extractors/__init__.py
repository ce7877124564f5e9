"""Extractors: one module per format, each turning a Part into an Extraction with provenance."""
