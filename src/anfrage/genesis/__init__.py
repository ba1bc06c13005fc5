"""Trade figures and ranks from a GENESIS table download (Destatis 51000-0032, 51000-0033).

Pure standard library: `read_table` reads the download, `trade` picks one Land and partner and
ranks it among all partner countries, `to_yaml` prints the handel records.
"""

from anfrage.genesis.output import fields, heading, record_id, to_yaml
from anfrage.genesis.reading import Table, read_table
from anfrage.genesis.trade import MIN_PARTNERS, Flow, Record, Trade, trade, years

__all__ = [
    "MIN_PARTNERS",
    "Flow",
    "Record",
    "Table",
    "Trade",
    "fields",
    "heading",
    "read_table",
    "record_id",
    "to_yaml",
    "trade",
    "years",
]
