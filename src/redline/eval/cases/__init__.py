"""Tables of cases written by us for dates, places and quantities (shared by tests and scorer)."""
