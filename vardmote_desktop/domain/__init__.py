"""Domain rules of Vårdmöte: plain Python, no Qt, no database, no HTTP."""
