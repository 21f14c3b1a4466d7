FROM   alpine
# dfa format off
run    keep   this   \
        exactly
ENV  A   b
# dfa format on
run    fix   this
# dfa format off
cmd   [ "to", "the", "end" ]
