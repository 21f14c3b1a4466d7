FROM alpine
# dfa format off
run    keep   this   \
        exactly
ENV  A   b
# dfa format on
RUN fix   this
# dfa format off
cmd   [ "to", "the", "end" ]
