FROM alpine
RUN <<EOF
echo hello
echo world
EOF
COPY <<config.txt /etc/config.txt
key=value
config.txt
