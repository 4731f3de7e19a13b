"""All Qt code: windows, wizards, dialogs and the workers that keep them responsive."""
