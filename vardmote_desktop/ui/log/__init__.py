"""The meeting log window (*möteslogg*): paged table, search and filters, detail, export."""
