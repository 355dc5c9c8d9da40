"""Where each question is answered: the queries of :class:`~chibo.Dataset`, one module per domain.

``Dataset`` (``chibo/dataset.py``) builds the indexes and inherits its query methods
from these classes; ``chibo.X(...)`` answers with ``ds.X(...)`` of the bundled dataset.

========================  =================================================================
module                    questions
========================  =================================================================
``queries/lookup.py``     ``get``, ``resolve``, ``person``, ``country``, ``source``,
                          ``sources_of``, ``sources_of_ids``: records by id and by type
``queries/catalog.py``    ``search`` and ``coverage``: records by name, and what the
                          dataset declares complete
``queries/offices.py``    ``office_for``, ``holder``, ``incumbency``, ``terms``
``queries/elections.py``  ``election``, ``elections``
``queries/events.py``     ``events``, ``meetings``, ``last_meeting``, ``timeline``
``queries/decrees.py``    ``decree``, ``decrees``
``queries/claims.py``     ``claims``
``queries/relations.py``  ``relations_status``, ``relations_history``
========================  =================================================================
"""
