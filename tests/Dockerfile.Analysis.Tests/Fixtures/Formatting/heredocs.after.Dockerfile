FROM alpine
RUN <<EOF
   indented body line   
	tab line
EOF
COPY <<-CONF /etc/app.conf
	key=value   
	CONF
RUN <<A cat >/a && <<B cat >/b
a body
A
b body
B
RUN cat <<"EOF"
$NOT_EXPANDED   
EOF
