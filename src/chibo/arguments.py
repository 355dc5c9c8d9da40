"""Deprecated alias of ``chibo._arguments``, an internal module since chibo 0.4.0.

Importing it still works, with a :class:`DeprecationWarning`; it will be removed in 1.0.
Use the public names of ``chibo`` instead (``chibo.to_dict`` for JSON of a record).
"""

import warnings

from chibo._arguments import *  # noqa: F403
from chibo._arguments import __all__  # noqa: F401

warnings.warn(
    "chibo.arguments is internal since chibo 0.4.0 (now chibo._arguments); use the public names of chibo",
    DeprecationWarning,
    stacklevel=2,
)
