"""Deprecated alias of ``chibo._loader``, an internal module since chibo 0.4.0.

Importing it still works, with a :class:`DeprecationWarning`; it will be removed in 1.0.
Use the public names of ``chibo`` instead (``chibo.to_dict`` for JSON of a record).
"""

import warnings

from chibo._loader import *  # noqa: F403
from chibo._loader import __all__  # noqa: F401

warnings.warn(
    "chibo.loader is internal since chibo 0.4.0 (now chibo._loader); use the public names of chibo",
    DeprecationWarning,
    stacklevel=2,
)
