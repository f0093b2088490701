"""Keys, campaign packs and sealed batches: sign with Ed25519, then encrypt with age."""
