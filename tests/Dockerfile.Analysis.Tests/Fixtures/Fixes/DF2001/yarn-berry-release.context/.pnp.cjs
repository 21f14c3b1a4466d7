// pnp runtime (stub)
