FROM alpine
RUN <<-EOT
	echo tabbed
		echo more
	EOT
