FROM alpine
RUN <<E$$OF
set -e
echo hello
EOF
COPY <<-"CONFIG" /etc/app.conf
	key=value
	CON$$FIG
RUN <<ONE cat /dev/stdin && <<TWO cat
first
ONE
second
T$$WO
RUN <<NEVER
this heredoc is not closed$$
