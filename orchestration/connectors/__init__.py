"""Connectors: how each stage talks to the outside. Which one a stage uses is configuration."""
