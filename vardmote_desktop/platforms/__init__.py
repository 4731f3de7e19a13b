"""Video platform clients behind one interface: manual (pasted invitation), CMS, Pexip."""
