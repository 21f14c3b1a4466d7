// pnp loader (stub)
