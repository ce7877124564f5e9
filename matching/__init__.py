"""Matching: customer resolution, catalog lookup, price and unit checks, and the order decision."""
