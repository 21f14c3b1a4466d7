FROM alpine:3.20
RUN mkdir -p /app && \
	chmod 755 /app
RUN touch /app/a
