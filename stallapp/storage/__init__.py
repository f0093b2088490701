"""The encrypted vault: SQLCipher database, wrapped key, migrations and queries.

Never imports Qt or the ui package.
"""
