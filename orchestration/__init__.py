"""Orchestration: the order state machine, the durable job queue, the stages and their connectors."""
