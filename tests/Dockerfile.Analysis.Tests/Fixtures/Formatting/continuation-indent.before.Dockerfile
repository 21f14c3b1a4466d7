FROM alpine
RUN apt-get update \
  && apt-get install -y \
        curl   \
		git
COPY --chown=1:1 \
   a \
      b /c/
