FROM   alpine
RUN   a \
  b
RUN   c
RUN <<EOF
body
EOF
