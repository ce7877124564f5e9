"""Words shared by the extractors and matching: units of measure, numbers and dates as buyers write them.

Below both, importing nothing of ours, so matching can read a unit or a date without importing the
extractors."""
