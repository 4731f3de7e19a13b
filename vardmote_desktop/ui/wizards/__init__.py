"""The meeting wizards: one QWizard per meeting type, built from shared pages."""
