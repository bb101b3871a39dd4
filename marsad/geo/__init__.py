"""Places: an offline Arabic gazetteer and the resolution of place names to coordinates.

``resolve(name, context)`` for any location string; the ``geo`` pipeline component sets ``Entity.place`` on LOC
entities; ``nisba_country`` maps nationality adjectives to countries. See docs/geo.md.
"""

from marsad.geo.nisba import nisba_country
from marsad.geo.resolve import GeoContext, resolve

__all__ = ["GeoContext", "nisba_country", "resolve"]
