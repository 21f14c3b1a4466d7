FROM alpine
RUN <<"EOF"
echo $NOT_EXPANDED
EOF
RUN <<'EOS' cat
single $quoted
EOS
