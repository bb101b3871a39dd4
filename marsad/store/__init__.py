"""Persistent storage of analysed documents (SQLite by default, PostgreSQL optional); see ``marsad.store.base``."""

from marsad.store.base import Filters, Store, StoreError, open_store

__all__ = ["Filters", "Store", "StoreError", "open_store"]
