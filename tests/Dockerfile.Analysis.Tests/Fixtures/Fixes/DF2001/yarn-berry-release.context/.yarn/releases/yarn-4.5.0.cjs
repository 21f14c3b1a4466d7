#!/usr/bin/env node
// yarn release (stub for the fixture)
