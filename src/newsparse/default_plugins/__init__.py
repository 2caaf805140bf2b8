"""Built-in plugins: the core's own formats, agencies, rules, lexicon and serializers,
registered through the same hooks as any third-party plugin."""
