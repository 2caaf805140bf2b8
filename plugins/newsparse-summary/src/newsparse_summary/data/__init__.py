"""Data files of the summary enricher (abbreviations, body furniture, stopwords), read lazily."""
