"""Reports built from the archive: the chair's briefing and exports."""
