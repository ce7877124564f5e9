"""Records: the SQLAlchemy tables and the plain data passed between stages."""
